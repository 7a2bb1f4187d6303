import type { BulletinResponse } from '@gaoxin/domain';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { renderBulletinDocx } from './bulletin-docx.js';

/** The text of one entry of a zip, or an error when the zip has no such entry. */
async function readZipEntry(zip: Buffer, name: string): Promise<string> {
  const file = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, opened) =>
      error || !opened ? reject(error ?? new Error('no zip')) : resolve(opened),
    ),
  );
  return new Promise<string>((resolve, reject) => {
    file.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== name) return file.readEntry();
      file.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('no stream'));
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          file.close();
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
      });
    });
    file.on('end', () => reject(new Error(`${name} is not in the zip`)));
    file.on('error', reject);
    file.readEntry();
  });
}

const headline =
  '1—6月，全区工业总产值累计完成7.50亿元，同比增长42.86%，完成全年目标的50.00%，与序时进度持平。';

const bulletin: BulletinResponse = {
  period: '2026-06',
  title: '示例高新区经济运行简报（2026年6月）',
  subtitle: '1—6月',
  headline,
  sections: [
    {
      heading: '主导产业',
      paragraphs: ['其中，电子信息产业完成6.00亿元，拉动全区增长38.10个百分点，贡献率88.89%。'],
    },
    {
      heading: '重点企业变动',
      paragraphs: [
        '工业总产值同比增加较多的企业有：<script>alert(1)</script>研发 & 制造有限公司（完成5.20亿元）。',
      ],
    },
  ],
  table: {
    columns: ['指标', '单位', '1—6月累计', '同比增长(%)', '当月', '完成全年目标(%)'],
    rows: [['工业总产值', '亿元', '7.50', '42.86', '1.30', '50.00']],
  },
  notes: ['示例丙公司上年同期数缺失，未纳入工业总产值增速计算。'],
};

describe('renderBulletinDocx', () => {
  it('writes a Word document holding the bulletin', async () => {
    const docx = await renderBulletinDocx(bulletin);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await readZipEntry(docx, 'word/document.xml');
    for (const text of [
      bulletin.title,
      headline,
      '一、主导产业',
      '其中，电子信息产业完成6.00亿元，拉动全区增长38.10个百分点，贡献率88.89%。',
      '完成全年目标(%)',
      '42.86',
      '示例丙公司上年同期数缺失，未纳入工业总产值增速计算。',
    ]) {
      expect(xml).toContain(text);
    }
  });

  it('sets A4, Chinese fonts and a two-character first-line indent', async () => {
    const xml = await readZipEntry(await renderBulletinDocx(bulletin), 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:eastAsia="SimHei"');
    expect(xml).toContain('w:eastAsia="FangSong"');
    expect(xml).toContain('w:eastAsia="SimSun"');
    expect(xml).toContain('w:firstLineChars="200"');
    expect(xml).toMatch(/<w:tblBorders>/);
  });

  it('escapes markup and ampersands in the text', async () => {
    const xml = await readZipEntry(await renderBulletinDocx(bulletin), 'word/document.xml');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;研发 &amp; 制造有限公司');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('研发 & 制造');
  });

  it('renders an empty bulletin', async () => {
    const empty: BulletinResponse = {
      ...bulletin,
      sections: [],
      table: { columns: bulletin.table.columns, rows: [] },
      notes: [],
    };
    const xml = await readZipEntry(await renderBulletinDocx(empty), 'word/document.xml');
    expect(xml).toContain(headline);
    expect(xml).toContain('同比增长(%)');
  });
});
