// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AddressCollection, FunctionAddress, Organization, OrganizationCollection } from '../../src/sdk/model';
import { FA } from '../personas';
import { TRAINING } from '../seed';
import { callApi, issueTestToken, TEST_API_BASE, useMockService } from '../testing';

useMockService();

const token = () => issueTestToken({ authIds: [] });

async function getJson<T>(pathOrUrl: string): Promise<T> {
  const response = await callApi(pathOrUrl, { token: await token() });
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/vnd.api+json');
  return (await response.json()) as T;
}

async function all<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null | undefined = path;
  for (let guard = 0; next && guard < 50; guard++) {
    const page: { data: T[]; links: { next?: string | null } } = await getJson(next);
    items.push(...page.data);
    next = page.links.next;
  }
  return items;
}

describe('GET /addressbook/organizations', () => {
  it('lists Region Skåne, all 33 municipalities of Skåne, units and national agencies', async () => {
    const orgs = await all<Organization>('/addressbook/organizations');
    const top = orgs.filter((o) => o.attributes.organizationType === 'O');
    expect(top.filter((o) => /kommun|stad$/.test(o.attributes.name))).toHaveLength(33);
    const names = top.map((o) => o.attributes.name);
    expect(names).toEqual(expect.arrayContaining(['Region Skåne', 'Malmö stad', 'Lunds kommun', 'Försäkringskassan', 'Myndigheten för digital förvaltning']));
    for (const org of top) expect(org.attributes.organizationNumber).toMatch(/^\d{6}-\d{4}$/);
  });

  it('links units to their parent organisation', async () => {
    const orgs = await all<Organization>('/addressbook/organizations?filter[participantIdentifier]=0203:malmo.se');
    const malmo = orgs.find((o) => o.attributes.organizationType === 'O');
    const units = orgs.filter((o) => o.attributes.organizationType === 'OU');
    expect(malmo?.attributes.name).toBe('Malmö stad');
    expect(units.length).toBeGreaterThan(2);
    for (const unit of units) expect(unit.relationships?.parent?.data).toEqual({ type: 'organizations', id: malmo?.id });
    expect(malmo?.relationships?.parent?.data).toBeNull();
  });

  it('pages with page[size] and an absolute links.next, null on the last page', async () => {
    const first = await getJson<OrganizationCollection>('/addressbook/organizations?page[size]=10');
    expect(first.data).toHaveLength(10);
    expect(first.links.self).toMatch(new RegExp(`^${TEST_API_BASE}/addressbook/organizations\\?`));
    expect((await getJson<OrganizationCollection>(first.links.self ?? '')).data).toEqual(first.data);
    expect(first.links.next).toMatch(/^http:\/\/mk\.test\/api\/addressbook\/organizations\?/);
    const second = await getJson<OrganizationCollection>(first.links.next ?? '');
    expect(second.data[0]?.id).not.toBe(first.data[0]?.id);

    const total = first.meta?.total ?? 0;
    const lastNumber = Math.ceil(total / 10);
    const last = await getJson<OrganizationCollection>(`/addressbook/organizations?page[size]=10&page[number]=${lastNumber}`);
    expect(last.data.length).toBe(total - (lastNumber - 1) * 10);
    expect(last.links.next ?? null).toBeNull();
  });

  it.each([['page[size]=0'], ['page[size]=501'], ['page[number]=abc'], ['filter[name]=Lund'], ['page[offset]=3']])('answers 400 for %s', async (query) => {
    const response = await callApi(`/addressbook/organizations?${query}`, { token: await token() });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.eventIssues[0].in).toBe(query.split('=')[0]);
  });
});

describe('GET /addressbook/addresses', () => {
  it('pages at 100 by default, with links.next leading to the rest', async () => {
    const first = await getJson<AddressCollection>('/addressbook/addresses');
    expect(first.data).toHaveLength(100);
    expect(first.meta?.total).toBeGreaterThan(100);
    expect(first.links.next).toContain('page%5Bnumber%5D=2');
    const everything = await all<FunctionAddress>('/addressbook/addresses');
    expect(everything).toHaveLength(first.meta?.total ?? -1);
    expect(new Set(everything.map((a) => a.id)).size).toBe(everything.length);
  });

  it('holds every persona function address, owned by the persona’s organisation', async () => {
    const orgs = await all<Organization>('/addressbook/organizations');
    for (const identifier of Object.values(FA)) {
      const { data } = await getJson<AddressCollection>(`/addressbook/addresses?filter[identifier]=${encodeURIComponent(identifier)}`);
      expect(data).toHaveLength(1);
      const owner = orgs.find((o) => o.id === data[0]?.relationships?.organization.data.id);
      expect(identifier.endsWith(owner?.attributes.participantIdentifier ?? '?')).toBe(true);
    }
  });

  it('filters by organisation resource id', async () => {
    const [digg] = (await getJson<OrganizationCollection>('/addressbook/organizations?filter[participantIdentifier]=0203:digg.se')).data;
    const { data } = await getJson<AddressCollection>(`/addressbook/addresses?filter[organization]=${digg?.id}`);
    const identifiers = data.map((a) => a.attributes.identifier);
    expect(identifiers).toEqual(expect.arrayContaining(Object.values(TRAINING)));
    expect(data.find((a) => a.attributes.identifier === TRAINING.rejects)?.attributes.name).toBe('Testfunktion – avvisar meddelanden');
    expect(data.every((a) => a.relationships?.organization.data.id === digg?.id)).toBe(true);
  });

  it('does not reveal the simulator’s delivery behaviour', async () => {
    const { data } = await getJson<AddressCollection>(`/addressbook/addresses?filter[identifier]=${encodeURIComponent(TRAINING.noReceipt)}`);
    expect(Object.keys(data[0]?.attributes ?? {}).sort()).toEqual(['description', 'identifier', 'name']);
  });
});
