/**
 * The asserts of Digg's MessageConstraints.sch.xml, written as code (no XSLT 2 schematron
 * engine runs in the browser or in Vitest). Each check names the schematron pattern it
 * mirrors. Use it together with XSD validation: the schematron assumes a schema-valid document.
 *
 * Also checked: B1.3.3's "documents SKA innehålla minst ett textmeddelande och/eller en fil",
 * which the document says the schematron checks but the delivered file does not.
 */
import { FUNCTIONAL_ADDRESS_ROOT, PARTICIPANT_ID_ROOT } from '../ids';
import { characterCount, LABEL_MAX_LENGTH } from '../rules/limits';
import { MESSAGE_PAYLOAD_ELEMENT, SDK_MESSAGE_NAMESPACE } from './namespace';
import { childrenNamed, findElement, parseXmlTree, stringValue, type XmlElement } from './xmlTree';

const NS = SDK_MESSAGE_NAMESPACE;
// Copied from the schematron as they are (XPath matches() semantics: the ^…$ anchor them).
const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}.[0-9]{1,3}Z$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64_START = /^[a-zA-Z0-9+/]/;

const normalizeSpace = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();

interface Visit {
  element: XmlElement;
  parent: XmlElement | undefined;
  path: string;
}

function visitAll(element: XmlElement, parent: XmlElement | undefined, path: string, out: Visit[]): void {
  out.push({ element, parent, path });
  const counts = new Map<string, number>();
  for (const child of element.children) {
    const n = (counts.get(child.local) ?? 0) + 1;
    counts.set(child.local, n);
    visitAll(child, element, `${path}/${child.local}[${n}]`, out);
  }
}

const inSdk = (e: XmlElement | undefined, local: string) => e !== undefined && e.ns === NS && e.local === local;

/** Schematron findings ("invariant | …") for an SDK message document; [] when it meets them all. */
export function checkMessageConstraints(xml: string): string[] {
  const tree = parseXmlTree(xml);
  if ('error' in tree) return [`not checked: ${tree.error}`];
  const payload = findElement(tree.root, (e) => inSdk(e, MESSAGE_PAYLOAD_ELEMENT));
  if (!payload) return [`not checked: no ${MESSAGE_PAYLOAD_ELEMENT}`];

  const visits: Visit[] = [];
  visitAll(payload, undefined, MESSAGE_PAYLOAD_ELEMENT, visits);
  const findings: string[] = [];
  const fail = (pattern: string, path: string, detail: string) => findings.push(`${pattern} | ${path}: ${detail}`);
  const parentOf = new Map(visits.map((v) => [v.element, v.parent]));

  for (const { element, parent, path } of visits) {
    const value = stringValue(element);
    // verifyNonEmptyElements: tns:messagePayload//* (descendants of the root, not the root).
    if (parent && normalizeSpace(value) === '') fail('verifyNonEmptyElements', path, 'element is included but empty');
    if (element.ns !== NS) continue;

    switch (element.local) {
      case 'messageHeader':
        if (childrenNamed(element, NS, 'conversationId').length !== 1) fail('conversationIdMustExist', path, 'conversationId must be set once');
        break;
      case 'creationDateTime':
        if (!TIMESTAMP.test(value)) fail('creationDateTime', path, `"${value}" is not YYYY-MM-DDThh:mm:ss.sZ`);
        break;
      case 'messageId':
      case 'conversationId':
      case 'refToMessageId':
        if (!UUID.test(value)) fail(element.local, path, `"${value}" is not a valid UUID`);
        break;
      case 'label':
        if (inSdk(parent, 'messageHeader') && characterCount(value) > LABEL_MAX_LENGTH) {
          fail('subjectlabel', path, `string length ${characterCount(value)} exceeded maxlength ${LABEL_MAX_LENGTH}`);
        }
        break;
      case 'content':
        if (inSdk(parent, 'ContentFiles') && !BASE64_START.test(value)) fail('contentFiles', path, 'must be a valid base64 encoded string');
        break;
      case 'root': {
        const owner = parent;
        const grand = owner ? parentOf.get(owner) : undefined;
        if ((inSdk(owner, 'recipientID') || inSdk(owner, 'senderID')) && value !== PARTICIPANT_ID_ROOT) {
          fail(inSdk(owner, 'recipientID') ? 'recipientIdvalue' : 'senderIdvalue', path, `should be ${PARTICIPANT_ID_ROOT} but was "${value}"`);
        }
        if (inSdk(owner, 'organizationId') && inSdk(grand, 'subOrganization') && value !== FUNCTIONAL_ADDRESS_ROOT) {
          fail('subOrgRoot', path, `must be set to ${FUNCTIONAL_ADDRESS_ROOT}`);
        }
        break;
      }
      case 'documents':
        if (childrenNamed(element, NS, 'ContentText').length + childrenNamed(element, NS, 'ContentFiles').length === 0) {
          fail('B1.3.3 documents', path, 'has neither ContentText nor ContentFiles');
        }
        break;
      default:
        break;
    }
  }
  return findings;
}
