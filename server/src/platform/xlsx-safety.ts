import yauzl from 'yauzl';
import { AppError } from './app-error.js';

/** Limits on what an uploaded workbook may inflate to: a zip bomb is refused before it is parsed. */
const maximumUncompressedBytes = 200 * 1024 * 1024;
const maximumEntries = 2000;
const maximumRatio = 200;

/** What the safety pass learnt while inflating every entry, so the reader need not open the zip twice. */
export interface XlsxInventory {
  /** The workbook's small parts, kept whole: xl/workbook.xml and xl/_rels/workbook.xml.rels. */
  parts: Map<string, string>;
  /** Per worksheet part (e.g. `xl/worksheets/sheet1.xml`): its row elements and its merged ranges. */
  worksheets: Map<string, { rows: number; merges: string[] }>;
}

const keptParts = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
const maximumKeptPartBytes = 2 * 1024 * 1024;

/**
 * Counts the row elements and collects the merged ranges of a worksheet's XML as it inflates. A
 * tag may be cut between chunks: text after the chunk's last `<` waits for the next one.
 */
function worksheetScanner(into: { rows: number; merges: string[] }) {
  let carry = '';
  return (chunk: Buffer) => {
    const text = carry + chunk.toString('latin1');
    const last = text.lastIndexOf('<');
    const complete = last >= 0 ? text.slice(0, last) : text;
    carry = last >= 0 ? text.slice(last) : '';
    if (carry.length > 4096) carry = '';
    into.rows += complete.match(/<row[\s>/]/g)?.length ?? 0;
    for (const match of complete.matchAll(/<mergeCell\s+ref="([^"]*)"/g)) {
      if (into.merges.length < 1000) into.merges.push(match[1] ?? '');
    }
  };
}

function invalid(reason: { zh: string; en: string }): AppError {
  return new AppError('IMPORT_INVALID_FILE', { reason: reason.zh }, [], undefined, reason);
}

/**
 * Checks an upload by its content, not its name: it must be a zip (xlsx is one) holding a workbook,
 * and its entries must not inflate beyond the limits. yauzl checks that each entry's real size
 * matches the size it declares, so a lying header is caught while streaming. Answers what the
 * streaming reader needs to know before the rows: the sheets' names and parts, rows and merges.
 */
export async function assertSafeXlsx(buffer: Buffer): Promise<XlsxInventory> {
  const inventory: XlsxInventory = { parts: new Map(), worksheets: new Map() };
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw invalid({
      zh: '文件不是 Excel 工作簿（.xlsx）：请用模板填写后上传，不要上传 CSV、图片或改过扩展名的文件',
      en: 'The file is not an Excel workbook (.xlsx): use the template; CSV files, images or renamed files are refused',
    });
  }
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error || !file ? reject(error ?? new Error('no zip')) : resolve(file),
    ),
  ).catch(() => {
    throw invalid({
      zh: '文件已损坏，无法读取（zip 结构无效）',
      en: 'The file is damaged and cannot be read (invalid zip)',
    });
  });
  let entries = 0;
  let declared = 0;
  let inflated = 0;
  let hasWorkbook = false;
  const bomb = invalid({
    zh: '文件解压后过大，疑似压缩炸弹，已拒绝',
    en: 'The file inflates to an excessive size (a zip bomb?) and was refused',
  });
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        declared += entry.uncompressedSize;
        if (entry.fileName === 'xl/workbook.xml') hasWorkbook = true;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
        if (
          entries > maximumEntries ||
          declared > maximumUncompressedBytes ||
          (ratio > maximumRatio && entry.uncompressedSize > 1024 * 1024)
        ) {
          reject(bomb);
          return;
        }
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) {
            reject(error ?? new Error('no stream'));
            return;
          }
          const kept: Buffer[] | undefined =
            keptParts.has(entry.fileName) && entry.uncompressedSize <= maximumKeptPartBytes ? [] : undefined;
          let scan: ((chunk: Buffer) => void) | undefined;
          if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName)) {
            const sheet = { rows: 0, merges: [] as string[] };
            inventory.worksheets.set(entry.fileName, sheet);
            scan = worksheetScanner(sheet);
          }
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            kept?.push(chunk);
            scan?.(chunk);
            if (inflated > maximumUncompressedBytes) {
              stream.destroy();
              reject(bomb);
            }
          });
          stream.on('error', reject);
          stream.on('end', () => {
            if (kept) inventory.parts.set(entry.fileName, Buffer.concat(kept).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid({
      zh: '文件已损坏，无法读取（压缩数据无效）',
      en: 'The file is damaged and cannot be read (invalid data)',
    });
  } finally {
    zip.close();
  }
  if (!hasWorkbook) {
    throw invalid({
      zh: '压缩包中没有 Excel 工作簿，请上传 .xlsx 文件',
      en: 'The archive holds no Excel workbook; upload an .xlsx file',
    });
  }
  return inventory;
}
