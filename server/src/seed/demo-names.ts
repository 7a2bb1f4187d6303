/**
 * Word lists for the invented demo zone (示例数据). No name here is meant to be a real company;
 * the combinations are generated from a fixed seed so every demo database is the same.
 */
export const namePrefixes = [
  '龙德',
  '华睿',
  '锦程',
  '星河',
  '恒通',
  '瑞科',
  '博远',
  '天启',
  '鼎新',
  '嘉禾',
  '明泰',
  '卓越',
  '宏图',
  '汇智',
  '晟达',
  '蓝海',
  '沃德',
  '中科',
  '青云',
  '金鹏',
  '安泰',
  '福源',
  '泓毅',
  '启明',
  '翔宇',
  '远航',
  '聚能',
  '云帆',
  '凯盛',
  '泰和',
  '诚信',
  '佳联',
  '德润',
  '宇辰',
  '海纳',
  '拓维',
  '众合',
  '睿达',
  '鑫源',
  '优创',
  '昊天',
  '万邦',
  '精诚',
  '同创',
  '新元',
  '盛世',
  '长青',
  '泽润',
  '铭扬',
].filter((prefix) => /^[\u4e00-\u9fff]+$/.test(prefix));

export interface IndustryProfile {
  key: 'electronics' | 'equipment' | 'medicine' | 'software' | 'other';
  /** GB/T 4754-2017 大类 codes this profile draws from. */
  industryCodes: string[];
  cores: string[];
  suffixes: string[];
}

export const industryProfiles: IndustryProfile[] = [
  {
    key: 'electronics',
    industryCodes: ['39', '38'],
    cores: ['电子', '光电', '微电', '智能终端', '显示', '半导体', '通讯', '芯片'],
    suffixes: ['科技有限公司', '技术有限公司', '股份有限公司'],
  },
  {
    key: 'equipment',
    industryCodes: ['34', '35', '36'],
    cores: ['精密', '重工', '机械', '智能装备', '液压', '动力', '自动化', '数控'],
    suffixes: ['装备有限公司', '机械制造有限公司', '科技股份有限公司'],
  },
  {
    key: 'medicine',
    industryCodes: ['27', '35'],
    cores: ['生物', '药业', '医疗器械', '制药', '健康', '基因'],
    suffixes: ['有限公司', '股份有限公司', '科技有限公司'],
  },
  {
    key: 'software',
    industryCodes: ['65', '64', '73'],
    cores: ['软件', '信息', '数据', '网络', '云计算'],
    suffixes: ['技术有限公司', '科技有限公司'],
  },
  {
    key: 'other',
    industryCodes: ['51', '52', '58', '72', '30'],
    cores: ['商贸', '物流', '建材', '咨询', '包装'],
    suffixes: ['有限公司', '有限责任公司'],
  },
];

export const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
];
export const givenNames = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '平',
];

export const demoParks = [
  { code: 'P01', name: '电子信息产业园', profile: 'electronics' },
  { code: 'P02', name: '高端装备制造园', profile: 'equipment' },
  { code: 'P03', name: '医药健康产业园', profile: 'medicine' },
] as const;

export const demoDepartments = [
  { code: 'D01', name: '经济发展局' },
  { code: 'D02', name: '招商合作局' },
  { code: 'D03', name: '企业服务中心' },
  { code: 'D04', name: '科技创新局' },
  { code: 'D05', name: '规划建设局' },
  { code: 'D06', name: '财政金融局' },
  { code: 'D07', name: '生态环境局' },
] as const;
