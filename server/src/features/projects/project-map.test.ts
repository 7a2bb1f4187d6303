import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  addDays,
  isInsidePolygon,
  placeInside,
  projectMap,
  todayInChina,
  type ParkOutline,
  type ProjectMap,
} from '@gaoxin/domain';
import { parks } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createDepartment, createZone } from '../../../test/factories.js';

/** 挂图作战 over HTTP: the compact shape, colours, who sees what, and where the web places each project. */
let t: TestApp;
let zone: Awaited<ReturnType<typeof createZone>>;
let owner: { user: { id: string }; cookie: string };
let leader: string;
let bystander: string;
let bare: { id: string };
const ids: Record<'red' | 'yellow' | 'green' | 'noOutline' | 'noPark', string> = {
  red: '',
  yellow: '',
  green: '',
  noOutline: '',
  noPark: '',
};

const outline: ParkOutline = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [100, 0],
      [100, 60],
      [0, 60],
      [0, 0],
    ],
  ],
};
const today = todayInChina();

beforeAll(async () => {
  t = await createTestApp();
  zone = await createZone(t.db);
  await t.db.update(parks).set({ outline }).where(eq(parks.id, zone.park.id));
  const [park] = await t.db
    .insert(parks)
    .values({ zoneId: zone.id, code: 'P02', name: '二号园' })
    .returning();
  bare = park!;
  const investment = await createDepartment(t.db, zone, 'D02', '招商合作局');
  owner = await t.loginAs(zone, 'officer', { departmentId: investment.id });
  leader = (await t.loginAs(zone, 'leader')).cookie;
  bystander = (await t.loginAs(zone, 'officer', { departmentId: zone.department.id })).cookie;
  const create = async (name: string, parkId: string | null, plannedOn: string | null) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/projects',
      cookie: owner.cookie,
      payload: {
        name,
        investorName: `${name}投资有限公司`,
        totalInvestment: '10000',
        contractAmount: '8000',
        signedOn: addDays(today, -90),
        parkId,
        milestones: plannedOn ? [{ name: '开工', plannedOn }] : [],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  // Created out of urgency order: the map lists the most urgent first.
  ids.green = await create('绿色项目', zone.park.id, null);
  ids.yellow = await create('黄色项目', zone.park.id, addDays(today, 3));
  ids.red = await create('红色项目', zone.park.id, addDays(today, -40));
  ids.noOutline = await create('无轮廓园区项目', bare.id, addDays(today, -40));
  ids.noPark = await create('无园区项目', null, null);
  // Another zone's project never shows.
  const elsewhere = await createZone(t.db);
  await t.db.update(parks).set({ outline }).where(eq(parks.id, elsewhere.park.id));
  const stranger = await t.loginAs(elsewhere, 'officer', {
    departmentId: (await createDepartment(t.db, elsewhere, 'D02', '招商合作局')).id,
  });
  await t.request({
    method: 'POST',
    url: '/api/projects',
    cookie: stranger.cookie,
    payload: {
      name: '外区项目',
      investorName: '外区投资有限公司',
      totalInvestment: '100',
      contractAmount: '100',
      signedOn: today,
      parkId: elsewhere.park.id,
    },
  });
});
afterAll(() => t.close());

const getMap = (cookie?: string) => t.request({ method: 'GET', url: '/api/projects/map', cookie });

describe('the map (挂图作战)', () => {
  it('sends parallel arrays with a legend: id, park, colour, most urgent first, and counts the rest', async () => {
    const response = await getMap(leader);
    expect(response.statusCode).toBe(200);
    const map = projectMap.parse(response.json()) as ProjectMap;
    expect(map.parks.features.map((feature) => feature.properties.id)).toEqual([zone.park.id]);
    expect(map.colours).toEqual(['green', 'yellow', 'red']);
    expect(map.projects.ids).toEqual([ids.red, ids.yellow, ids.green]);
    expect(map.projects.park).toEqual([0, 0, 0]);
    expect(map.projects.colour.map((index) => map.colours[index])).toEqual(['red', 'yellow', 'green']);
    expect(map.unplaced).toBe(2);
    // Only what the map draws: no names or figures, a few dozen bytes a project.
    expect(response.body).not.toContain('红色项目');
    expect(JSON.stringify(map.projects).length).toBeLessThan(60 * map.projects.ids.length);
  });

  it('places each project inside its park’s outline, always in the same place, from its id', async () => {
    const map = (await getMap(leader)).json<ProjectMap>();
    map.projects.ids.forEach((id, index) => {
      const park = map.parks.features[map.projects.park[index]!]!.geometry;
      const point = placeInside(park, id);
      expect(isInsidePolygon(point, park)).toBe(true);
      expect(placeInside(park, id)).toEqual(point);
    });
  });

  it('shows an officer only the projects it may see, and refuses readers without the module', async () => {
    const mine = (await getMap(owner.cookie)).json<ProjectMap>();
    expect(mine.projects.ids).toHaveLength(3);
    const other = (await getMap(bystander)).json<ProjectMap>();
    expect(other).toMatchObject({ projects: { ids: [], park: [], colour: [] }, unplaced: 0 });
    expect((await getMap()).statusCode).toBe(401);
    const admin = await t.loginAs(zone, 'admin');
    expect((await getMap(admin.cookie)).statusCode).toBe(403);
  });
});
