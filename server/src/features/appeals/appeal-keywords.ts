import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

/**
 * Words that say nothing about the problem itself: requests, courtesy and filler that every
 * appeal shares. Left in, they would top every category's list.
 */
const stopWords = new Set([
  '企业',
  '公司',
  '我们',
  '我司',
  '本公司',
  '问题',
  '情况',
  '希望',
  '请求',
  '申请',
  '需要',
  '帮助',
  '协调',
  '解决',
  '尽快',
  '目前',
  '现在',
  '相关',
  '部门',
  '进行',
  '要求',
  '一个',
  '没有',
  '已经',
  '可以',
  '能够',
  '是否',
  '如何',
  '影响',
  '存在',
  '反映',
  '导致',
  '造成',
  '由于',
  '因为',
  '所以',
  '今年',
  '去年',
  '近期',
  '非常',
  '比较',
  '严重',
  '经常',
  '时间',
  '工作',
  '方面',
  '有关',
  '给予',
  '支持',
  '予以',
  '政府',
  '园区',
  // Generic verbs of requests, found at the top of the demo's hotspots before they were listed.
  '办理',
  '困难',
  '查询',
  '增加',
  '对接',
  '协助',
  '落实',
  '推进',
  '进度',
  '反馈',
  '答复',
  '联系',
]);

/** Parts of speech kept: nouns, verbal nouns, verbs, place and organisation names. */
const allowedPartsOfSpeech = ['n', 'nz', 'nt', 'ns', 'nr', 'vn', 'v', 'an', 'eng'];

let segmenter: { jieba: Jieba; tfidf: TfIdf } | null = null;

/** The dictionary takes ~100 ms to load; load it once, on first use. */
function loadSegmenter() {
  if (!segmenter) {
    // Stop words are filtered below: the binding's setConfig does not take a JavaScript Set.
    segmenter = { jieba: Jieba.withDict(dict), tfidf: TfIdf.withDict(idf) };
  }
  return segmenter;
}

/**
 * The words an appeal is about (TF-IDF over jieba's segmentation), most telling first: what the
 * statistics count to show which problems recur across enterprises.
 */
export function appealKeywords(title: string, description: string, limit = 8): string[] {
  const { jieba, tfidf } = loadSegmenter();
  // The title states the problem in brief; counting it twice weights it over the narrative.
  const text = `${title}。${title}。${description}`.slice(0, 4000);
  return tfidf
    .extractKeywords(jieba, text, limit * 2, allowedPartsOfSpeech)
    .map((keyword) => keyword.keyword.trim())
    .filter((word) => word.length >= 2 && word.length <= 12 && !stopWords.has(word) && !/^[\d.]+$/.test(word))
    .slice(0, limit);
}
