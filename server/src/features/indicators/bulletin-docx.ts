import type { BulletinResponse } from '@gaoxin/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';

/** Font sizes in half-points, as Word counts them: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt. */
const sizes = { title: 44, body: 32, note: 24, table: 21 } as const;

/**
 * Font names Word and WPS both map on a Chinese system (黑体, 仿宋, 宋体). Chinese text takes its
 * font from `eastAsia`: naming only the Latin font would leave it to the reader's default.
 */
const fonts = {
  title: 'SimHei',
  heading: 'SimHei',
  body: 'FangSong',
  table: 'SimSun',
  note: 'SimSun',
} as const;
type FontRole = keyof typeof fonts;

const chinese = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/** A4 in twips, with the margins of GB/T 9704 (党政机关公文格式). */
const page = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
} as const;
const textWidth = page.size.width - page.margin.left - page.margin.right;

/** 28 pt lines for 三号 body text, the usual grid of a printed 公文. */
const bodyLine = { line: 560, lineRule: LineRuleType.EXACT } as const;

/** Two characters of the body size, in twips, for readers that ignore `firstLineChars`. */
const twoCharacters = 2 * sizes.body * 10;

const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function fontOf(role: FontRole) {
  const name = fonts[role];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function run(text: string, role: FontRole, size: number, bold = false): TextRun {
  return new TextRun({ text, font: fontOf(role), size, bold, language: chinese });
}

function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 240 },
    children: [run(text, 'title', sizes.title, true)],
  });
}

function centeredParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...bodyLine, after: 240 },
    children: [run(text, 'body', sizes.body)],
  });
}

function headingParagraph(text: string, index: number): Paragraph {
  const ordinal = ordinals[index] ?? String(index + 1);
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    indent: { firstLineChars: 200, firstLine: twoCharacters },
    spacing: bodyLine,
    children: [run(`${ordinal}、${text}`, 'heading', sizes.body)],
  });
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLineChars: 200, firstLine: twoCharacters },
    spacing: bodyLine,
    children: [run(text, 'body', sizes.body)],
  });
}

const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const allBorders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** The indicator column takes what the five short columns leave. */
const shortColumn = Math.floor(textWidth / 7);
const columnWidths = [textWidth - 5 * shortColumn, ...Array<number>(5).fill(shortColumn)];

/** Names read left to right, units centred, numbers right-aligned so their decimals line up. */
function cellAlignment(column: number) {
  if (column === 0) return AlignmentType.LEFT;
  if (column === 1) return AlignmentType.CENTER;
  return AlignmentType.RIGHT;
}

function tableCell(text: string, column: number, header: boolean): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : cellAlignment(column),
        children: [run(text, 'table', sizes.table, header)],
      }),
    ],
  });
}

function figuresTable(table: BulletinResponse['table']): Table {
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((text, column) => tableCell(text, column, true)),
  });
  const rows = table.rows.map(
    (cells) => new TableRow({ children: cells.map((text, column) => tableCell(text, column, false)) }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: table.columns.length === columnWidths.length ? columnWidths : undefined,
    borders: allBorders,
    rows: [header, ...rows],
  });
}

function noteParagraphs(notes: string[]): Paragraph[] {
  if (notes.length === 0) return [];
  const numbered = notes.length > 1;
  return [
    new Paragraph({ spacing: { before: 240 }, children: [run('注：', 'note', sizes.note, true)] }),
    ...notes.map(
      (note, index) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLineChars: 200, firstLine: 2 * sizes.note * 10 },
          children: [run(numbered ? `${index + 1}. ${note}` : note, 'note', sizes.note)],
        }),
    ),
  ];
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fontOf('table'),
            size: sizes.note,
          }),
        ],
      }),
    ],
  });
}

/** The bulletin as a Word document (A4, 公文-style fonts), opened as it is in Word or WPS. */
export async function renderBulletinDocx(bulletin: BulletinResponse): Promise<Buffer> {
  const document = new Document({
    title: bulletin.title,
    styles: {
      // Word's built-in Title and Heading 1 are coloured Latin fonts; these keep the outline without the look.
      default: {
        document: { run: { font: fontOf('body'), size: sizes.body, language: chinese } },
        title: { run: { font: fontOf('title'), size: sizes.title, bold: true, color: '000000' } },
        heading1: { run: { font: fontOf('heading'), size: sizes.body, bold: false, color: '000000' } },
      },
    },
    sections: [
      {
        properties: { page },
        footers: { default: pageFooter() },
        children: [
          titleParagraph(bulletin.title),
          centeredParagraph(`（${bulletin.subtitle}）`),
          bodyParagraph(bulletin.headline),
          ...bulletin.sections.flatMap((section, index) => [
            headingParagraph(section.heading, index),
            ...section.paragraphs.map(bodyParagraph),
          ]),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 120 },
            children: [run(`主要经济指标（${bulletin.subtitle}）`, 'heading', sizes.body)],
          }),
          figuresTable(bulletin.table),
          ...noteParagraphs(bulletin.notes),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
