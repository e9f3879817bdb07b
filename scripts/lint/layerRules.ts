/**
 * The import rules of docs/architecture.md, as dependency-cruiser rules. Paths are relative to
 * the project root; a rule names the layer it protects and why.
 */
import type { IForbiddenRuleType } from 'dependency-cruiser';

/** Shared layers: anything above may use them; they use nothing above them. */
const SHARED = '^src/(sdk|api|config|i18n|ui|routes|auth|workers)/';
const TEST_FILE = '(\\.test\\.tsx?|/testing/.*)$';

export const LAYER_RULES: IForbiddenRuleType[] = [
  {
    name: 'shared-layer-imports-up',
    comment: 'sdk, api, config, i18n, ui, routes, auth and workers import no feature, page or app code.',
    severity: 'error',
    from: { path: SHARED },
    to: { path: '^src/(features|pages|app)/' },
  },
  {
    name: 'feature-imports-page-or-app',
    comment: 'A feature imports no page or app code: pages and the app assemble features, not the reverse.',
    severity: 'error',
    from: { path: '^src/features/' },
    to: { path: '^src/(pages|app)/' },
  },
  {
    name: 'page-imports-app',
    comment: 'Pages import no app code (the app routes to pages).',
    severity: 'error',
    from: { path: '^src/pages/' },
    to: { path: '^src/app/' },
  },
  {
    name: 'feature-internals',
    comment:
      "Another feature (or a page) uses a feature only through that feature's deliberate entries: index.ts, and index.onDemand.ts for parts only pages loaded on demand use.",
    severity: 'error',
    from: { path: '^src/(features|pages)/([^/]+)' },
    to: { path: '^src/features/[^/]+/', pathNot: ['^src/features/$2/', '^src/features/[^/]+/index(\\.onDemand)?\\.tsx?$'] },
  },
  {
    name: 'sdk-is-pure',
    comment: 'The domain core is plain TypeScript: only its own modules (and test helpers in its tests).',
    severity: 'error',
    from: { path: '^src/sdk/', pathNot: TEST_FILE },
    to: { path: '^(src|mocks|gateway|scripts)/', pathNot: '^src/sdk/' },
  },
  {
    name: 'sdk-no-react-no-http',
    comment: 'The domain core uses no React, no UI or state library and no HTTP client.',
    severity: 'error',
    from: { path: '^src/sdk/' },
    to: {
      dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'npm-no-pkg', 'npm-unknown'],
      path: 'node_modules/(react|react-dom|react-router|react-i18next|react-markdown|i18next|@tanstack/[^/]+|zustand|openapi-fetch|oidc-client-ts|axios|ky|msw)/',
    },
  },
  {
    name: 'test-helpers-only-in-tests',
    comment: 'src/testing and mocks/testing are for tests and test helpers only.',
    severity: 'error',
    from: { path: '^(src|gateway)/', pathNot: TEST_FILE },
    to: { path: '^(src/testing|mocks/testing)/' },
  },
  {
    name: 'mocks-use-domain-and-contract-only',
    comment: 'The mock service and the gateway may use the domain core and the API contract, nothing of the client.',
    severity: 'error',
    from: { path: '^(mocks|gateway)/' },
    to: { path: '^src/', pathNot: ['^src/(sdk|api)/', '^src/testing/'] },
  },
  {
    name: 'gateway-imports-no-mocks',
    comment: 'The gateway runs against any message service: it never imports the mock service (its tests and test helpers may).',
    severity: 'error',
    from: { path: '^gateway/', pathNot: TEST_FILE },
    to: { path: '^mocks/' },
  },
  {
    name: 'mocks-host-the-gateway-in-one-place',
    comment:
      'The mock service does not depend on the gateway; only mocks/inProcessGateway/ runs the real gateway app next to the mock world (in-browser demo, component tests), and not its test helpers.',
    severity: 'error',
    from: { path: '^mocks/', pathNot: ['^mocks/inProcessGateway/', TEST_FILE] },
    to: { path: '^gateway/' },
  },
  {
    name: 'in-process-gateway-uses-no-gateway-test-helpers',
    comment: 'The in-browser gateway is the real one: no test keys or test harness of gateway/testing.',
    severity: 'error',
    from: { path: '^mocks/inProcessGateway/', pathNot: TEST_FILE },
    to: { path: '^gateway/testing/' },
  },
];
