import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealAttachments } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { multipart } from '../../../test/uploads.js';
import { appealRequests, appealZone, type AppealZone, type Detail } from '../../../test/appeals.js';
import { attachmentPath } from './attachment-store.js';

/** Attachments: images and PDF by content, stored on disk with a checksum, only for the appeal's parties. */
let t: TestApp;
let z: AppealZone;
let api: ReturnType<typeof appealRequests>;
let appeal: Detail;

// The smallest real files of each kind: what matters is the content, not the name.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const upload = (cookie: string, content: Buffer, name: string, id = appeal.id, type = 'image/png') =>
  t.request({
    method: 'POST',
    url: `/api/appeals/${id}/attachments`,
    cookie,
    ...multipart(content, name, 'file', type),
  });

beforeAll(async () => {
  t = await createTestApp();
  z = await appealZone(t);
  api = appealRequests(t, z);
  appeal = (await api.file(z.people.ownUser.cookie)).json<Detail>();
});
afterAll(() => t.close());

describe('attachments', () => {
  it('stores an image outside the database with its checksum and lists it in the timeline', async () => {
    const response = await upload(z.people.ownUser.cookie, png, '现场照片.png');
    expect(response.statusCode, response.body).toBe(201);
    const stored = response.json<{ id: string; mediaType: string; sha256: string; fileName: string }>();
    expect(stored).toMatchObject({ mediaType: 'image/png', fileName: '现场照片.png' });
    const path = attachmentPath(t.config.dataDir, z.zone.id, appeal.id, stored.id);
    expect(readFileSync(path)).toEqual(png);
    const detail = (await api.read(z.people.ownUser.cookie, appeal.id)).json<Detail>();
    expect(detail.attachments.map((attachment) => attachment.id)).toContain(stored.id);
    expect(detail.events.at(-1)).toMatchObject({ step: 'attach', note: '现场照片.png' });
    // An attachment does not change the appeal's version: it never conflicts with a step.
    expect(detail.version).toBe(appeal.version);
  });

  it('takes a PDF whatever it is called, and sends it back as it was', async () => {
    const response = await upload(
      z.people.ownUser.cookie,
      pdf,
      'scan.bin',
      appeal.id,
      'application/octet-stream',
    );
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json<{ id: string }>().id;
    const download = await t.request({
      method: 'GET',
      url: `/api/appeals/${appeal.id}/attachments/${id}`,
      cookie: z.people.dispatcher.cookie,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.rawPayload).toEqual(pdf);
  });

  it.each([
    ['an HTML page named .png', Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png'],
    [
      'an SVG with script',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'a.svg',
    ],
    ['a Windows program named .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'report.pdf'],
    ['a zip named .jpg', Buffer.from('504b0304140000000000', 'hex'), 'photo.jpg'],
    ['an empty file', Buffer.alloc(0), 'empty.png'],
  ])('refuses %s by its content (415) and stores nothing', async (_label, content, name) => {
    const before = await t.db.$count(appealAttachments);
    const response = await upload(z.people.ownUser.cookie, content, name);
    expect([415, 400]).toContain(response.statusCode);
    expect(response.json().error.message).toMatch(/附件只能是图片|必填/);
    expect(await t.db.$count(appealAttachments)).toBe(before);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const before = await t.db.$count(appealAttachments);
    const response = await upload(z.people.ownUser.cookie, big, 'big.png');
    expect(response.statusCode).toBe(413);
    expect(await t.db.$count(appealAttachments)).toBe(before);
  });

  it('keeps attachments to the appeal’s parties: not another enterprise, not a leader adding files', async () => {
    expect((await upload(z.people.otherUser.cookie, png, 'x.png')).statusCode).toBe(404);
    expect((await upload(z.people.leader.cookie, png, 'x.png')).statusCode).toBe(403);
    const list = (await api.read(z.people.ownUser.cookie, appeal.id)).json<Detail>().attachments;
    const other = await t.request({
      method: 'GET',
      url: `/api/appeals/${appeal.id}/attachments/${list[0]!.id}`,
      cookie: z.people.otherUser.cookie,
    });
    expect(other.statusCode).toBe(404);
    // An attachment id of another appeal is not found through this one.
    const second = (await api.file(z.people.ownUser.cookie)).json<Detail>();
    const crossed = await t.request({
      method: 'GET',
      url: `/api/appeals/${second.id}/attachments/${list[0]!.id}`,
      cookie: z.people.ownUser.cookie,
    });
    expect(crossed.statusCode).toBe(404);
  });

  it('notices a file changed on disk instead of serving it', async () => {
    const stored = (await upload(z.people.ownUser.cookie, png, 'tamper.png')).json<{ id: string }>();
    const path = attachmentPath(t.config.dataDir, z.zone.id, appeal.id, stored.id);
    expect(existsSync(path)).toBe(true);
    writeFileSync(path, Buffer.from('changed'));
    const response = await t.request({
      method: 'GET',
      url: `/api/appeals/${appeal.id}/attachments/${stored.id}`,
      cookie: z.people.ownUser.cookie,
    });
    expect(response.statusCode).toBe(500);
  });

  it('refuses attachments once the appeal is closed', async () => {
    const closed = await api.walk(['dispatch', 'accept', 'start', 'resolve', 'rate']);
    const response = await upload(z.people.ownUser.cookie, png, 'late.png', closed.id);
    expect(response.statusCode).toBe(403);
  });
});
