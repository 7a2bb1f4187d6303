/**
 * Invented appeals (示例数据) by category: what enterprises in a high-tech zone typically raise,
 * written so the same problems recur in different words (the statistics' hotspots count them).
 * `{a|b}` picks one alternative, `{3-8}` a whole number in the range.
 */
export interface AppealTemplate {
  /** The category's code, as in `defaultAppealCategories`. */
  category: string;
  /** The demo department (by code) that leads such a case, and those that usually assist. */
  lead: string;
  assists: string[];
  titles: string[];
  /** Ways of telling the same problem; the problem's own words recur, the rest varies. */
  descriptions: string[];
  /** What the department writes when it resolves the case. */
  resolution: string;
  /** What the department asks for when it returns the case for information. */
  missing?: string;
  /** Why the dispatch desk turns it down: only cases outside the committee's remit have one. */
  rejection?: string;
  /** Words of a visit's problem (走访) that this template answers. */
  visitWords?: RegExp;
  /** How often, relative to the others. */
  weight: number;
}

export const appealTemplates: AppealTemplate[] = [
  {
    category: 'utilities',
    lead: 'D01',
    assists: ['D05'],
    titles: [
      '{新厂房|二期车间|扩建产线}用电增容申请迟迟未批',
      '变压器容量不足，高峰期频繁跳闸',
      '申请用电增容，请协调供电公司',
    ],
    descriptions: [
      '我司{新上|扩建}{2-4}条生产线后，用电负荷增至{1800|2400|3200}千伏安，现有{800|1000|1250}千伏安变压器在用电高峰期频繁跳闸，{上月|本月}已停产{2-5}次。用电增容申请已提交供电公司{1-3}个月，仍未完成现场勘察，请协调加快办理。',
      '厂区用电负荷已接近变压器容量上限，{夏季|冬季}用电高峰期多次跳闸停机，新购设备无法全部开机。用电增容手续在供电公司办理缓慢，请协调尽快增容或先行临时供电。',
    ],
    resolution:
      '已会同供电公司现场勘察，确定由10千伏{东湖|北辰|云溪}线新增一台{1600|2000}千伏安变压器，供电方案已批复，预计{10-20}个工作日内送电；送电前安排错峰用电保障生产。',
    missing: '用电负荷测算表和供电公司受理回执',
    visitWords: /用电|增容/,
    weight: 7,
  },
  {
    category: 'utilities',
    lead: 'D05',
    assists: ['D01'],
    titles: ['厂区供水压力不足影响生产', '用水高峰供水压力低，冷却系统无法运行'],
    descriptions: [
      '{夏季|每天上午}用水高峰时段，厂区供水压力低于{0.15|0.18|0.2}兆帕，{清洗线|冷却塔|锅炉补水}无法正常运行，近{1-3}个月已影响生产{4-9}天。请协调自来水公司排查供水管网，增设加压设施。',
    ],
    resolution:
      '已协调自来水公司对园区{西侧|南侧}供水管网进行排查，更换{2-4}处老化阀门并启用加压泵站，实测厂区供水压力恢复至0.3兆帕以上。',
    missing: '供水压力记录照片和厂区用水量数据',
    weight: 4,
  },
  {
    category: 'utilities',
    lead: 'D01',
    assists: ['D05'],
    titles: ['新厂区天然气管网尚未接通', '申请天然气管网接驳，请协调燃气公司'],
    descriptions: [
      '新厂区已完成建设准备投产，但天然气管网尚未接入，目前只能使用{瓶装液化气|电加热}，生产成本每月增加约{8-20}万元且存在安全隐患。请协调燃气公司加快管网铺设和接驳。',
    ],
    resolution:
      '已协调燃气公司将该片区天然气管网延伸工程纳入本年度计划，{中压|低压}管道已铺设完成，{5-15}日内完成接驳通气。',
    missing: '燃气用量需求表和厂区总平面图',
    weight: 3,
  },
  {
    category: 'finance',
    lead: 'D06',
    assists: [],
    titles: ['流动资金贷款到期，续贷困难', '申请协调银行办理无还本续贷'],
    descriptions: [
      '公司一笔{500|800|1200}万元流动资金贷款将于{下月|本月底}到期，合作银行要求先还后贷，企业周转资金紧张，订单生产可能中断。请协调银行办理无还本续贷，或提供应急转贷资金。',
      '受回款周期影响，公司流动资金紧张，{两|三}笔银行贷款集中到期，续贷审批时间长，担心出现资金链断裂。请协调银行延期或续贷，并介绍低息贷款产品。',
    ],
    resolution:
      '已组织{工商银行|建设银行|农商银行}与企业对接，纳入无还本续贷名单，续贷手续已于{3-10}日内办结，未占用企业周转资金。',
    missing: '近两年财务报表和贷款合同复印件',
    visitWords: /贷款|续贷/,
    weight: 6,
  },
  {
    category: 'finance',
    lead: 'D06',
    assists: ['D04'],
    titles: ['缺少抵押物，申请政策性融资担保', '知识产权质押贷款担保费率偏高'],
    descriptions: [
      '我司为科技型中小企业，缺少抵押物，银行贷款要求提供担保，{商业担保费率达到3%|担保公司审批周期长}，融资成本较高。希望对接区融资担保公司，开展知识产权质押贷款，降低担保费率。',
    ],
    resolution: '已推荐企业至区融资担保公司，担保费率按1%执行，{300|500|800}万元知识产权质押贷款已发放。',
    missing: '专利证书清单和融资需求说明',
    weight: 4,
  },
  {
    category: 'finance',
    lead: 'D06',
    assists: [],
    titles: ['技改项目贷款贴息资金未到账', '贷款贴息审核通过后迟迟未拨付'],
    descriptions: [
      '我司{去年|上半年}实施的技术改造项目贷款已按要求申报贴息，{公示已结束两个月|审核结果已通过}，但贴息资金至今未到账，请帮助查询并加快拨付。',
    ],
    resolution: '经核查，贴息资金已完成审核，因财政集中支付批次原因延迟，已于{3-8}日内拨付到企业账户。',
    missing: '贴息申报回执和银行付息凭证',
    weight: 3,
  },
  {
    category: 'labour',
    lead: 'D03',
    assists: [],
    titles: ['订单增长，普工招工难', '申请组织专场招聘会'],
    descriptions: [
      '近期订单增长，{新产线|二期项目}需要招聘普工约{40-120}名，本地招工困难，{春节后|旺季}员工流失较多。请帮助对接人力资源市场，组织专场招聘会。',
      '生产旺季用工缺口约{40-120}人，通过网络招聘招工效果差，普工流动性大，请帮助组织专场招聘会或对接劳务协作地区。',
    ],
    resolution:
      '已在园区人力资源服务站组织专场招聘会，并对接{3-6}所职业院校，企业现场达成用工意向{30-80}人。',
    missing: '岗位需求清单和薪酬标准',
    weight: 5,
  },
  {
    category: 'labour',
    lead: 'D03',
    assists: ['D04'],
    titles: ['技术工人招聘困难', '缺少数控和焊接技工'],
    descriptions: [
      '新产线投产需要数控车床操作工、焊工等技术工人{15-40}名，技工招聘困难，请帮助对接职业院校开展订单式培养，并落实技能培训补贴。',
    ],
    resolution:
      '已对接市技师学院开设订单班{1-2}个，首批{20-40}名技工{三|两}个月后上岗；技能培训补贴按每人{1500|2000}元标准申报。',
    visitWords: /招聘|技术工人/,
    weight: 4,
  },
  {
    category: 'labour',
    lead: 'D03',
    assists: [],
    titles: ['新员工社保转移接续办理慢', '外地员工社保关系转入困难'],
    descriptions: [
      '公司新招外地员工{12-35}人，社保关系转移接续办理缓慢，部分员工{无法及时参保|医保报销受影响}，请协调社保部门开通绿色通道。',
    ],
    resolution: '已协调社保经办机构开通绿色通道，新员工的社保转移接续已全部办结。',
    missing: '员工名单和原参保地证明',
    weight: 3,
  },
  {
    category: 'logistics',
    lead: 'D05',
    assists: ['D01'],
    titles: ['货车限行影响原材料进厂', '申请办理货车通行证'],
    descriptions: [
      '园区周边{滨河路|创业大道|科技三路}实行货车限行，{早晚高峰|7时至21时}重型货车禁止通行，原材料和成品运输受阻，每天延误{2-5}车次。请协调交管部门办理货车通行证或调整限行时段。',
      '公司货车进出园区需经过限行路段，{白天|早晚高峰}货车限行导致原材料不能按时进厂，客户订单交付延迟，请协调办理货车通行证。',
    ],
    resolution: '已协调交管部门为企业办理货车通行证{4-10}张，并在{22|23}时至次日6时开放货车夜间通行。',
    missing: '车辆行驶证和运输路线说明',
    weight: 5,
  },
  {
    category: 'logistics',
    lead: 'D01',
    assists: ['D02'],
    titles: ['物流园仓储不足，申请临时仓储用地', '园区缺少物流集散点，运输成本高'],
    descriptions: [
      '企业出口订单增加，园区物流园仓储面积不足，{成品|原材料}只能外租仓库，物流运输成本上升约{10-25}%。希望物流园增加公共仓储，或协调临时仓储用地。',
    ],
    resolution:
      '已协调物流园腾出公共仓储{1500|2000|3000}平方米供企业租用，并开通园区至{港口|铁路货场}的集拼专线。',
    visitWords: /物流/,
    weight: 3,
  },
  {
    category: 'permits',
    lead: 'D05',
    assists: [],
    titles: ['扩建项目施工许可办理时间长', '施工许可证迟迟未核发'],
    descriptions: [
      '我司{二期厂房|研发楼}扩建项目已取得规划许可，施工许可申请材料提交{15-30}日仍未办结，{设备已到场|施工队伍已进场}，工期延误损失较大，请协调加快施工许可审批。',
      '{二期厂房|研发楼|新车间}项目施工许可办理已{15-30}日，按要求补正材料后仍在审核，开工时间一再推迟，请协调住建部门加快施工许可审批。',
    ],
    resolution: '已协调住建部门容缺受理，施工许可证已于{2-5}个工作日内核发。',
    missing: '施工合同和施工图审查合格书',
    visitWords: /规划许可/,
    weight: 5,
  },
  {
    category: 'permits',
    lead: 'D07',
    assists: [],
    titles: ['新建项目环评审批进度慢', '技改项目环评批复迟迟未下达'],
    descriptions: [
      '我司{新建|技改}项目环评报告表已提交{20-45}日，尚未召开技术评审会，项目无法开工。请协调生态环境部门加快环评审批。',
    ],
    resolution: '已协调生态环境部门召开环评技术评审会，环评批复已于{5-10}日内下达。',
    missing: '环评报告表修改稿和专家意见回复',
    weight: 4,
  },
  {
    category: 'permits',
    lead: 'D05',
    assists: ['D07'],
    titles: ['厂房消防验收排期太久', '申请消防验收提前现场检查'],
    descriptions: [
      '新建厂房已竣工，消防验收申请已受理，但现场检查排期要到{下月|两个月后}，设备无法搬入投产。请协调消防验收提前安排现场检查。',
    ],
    resolution: '已协调住建部门提前安排消防验收现场检查，整改意见{2-4}项已落实，消防验收合格意见书已出具。',
    missing: '消防设施检测报告和竣工图纸',
    weight: 4,
  },
  {
    category: 'policy',
    lead: 'D04',
    assists: [],
    titles: ['高企认定奖励资金未兑现', '高新技术企业奖励迟迟未到账'],
    descriptions: [
      '我司{去年|前年}通过高新技术企业认定，按园区政策可获得{10|20|30}万元奖励，申报材料已提交{2-4}个月，奖励资金至今未兑现，请帮助查询办理进度。',
      '我司已连续{两|三}年保持高新技术企业资格，高企奖励申报后长期没有结果，网上查询显示{审核中|待复核}，请帮助了解高企奖励兑现进度。',
    ],
    resolution: '经核查，高企奖励资金已纳入本批次兑现名单，奖励资金已拨付至企业账户。',
    missing: '高企证书和申报回执',
    weight: 5,
  },
  {
    category: 'policy',
    lead: 'D04',
    assists: ['D06'],
    titles: ['研发费用补贴迟迟未拨付', '研发费用归集口径不清楚'],
    descriptions: [
      '我司申报的研发费用补贴已公示通过，但补贴资金至今未拨付；另外研发费用加计扣除和补贴的归集口径不一致，财务难以把握，希望派人指导。',
      '研发费用补贴申报已{2-5}个月，资金仍未拨付；研发费用归集口径与加计扣除要求不同，企业财务多次咨询未得到明确答复，请安排专人辅导。',
    ],
    resolution: '研发补贴{40|60|85}万元已拨付；已安排财政金融局和税务专管员上门辅导研发费用归集口径。',
    visitWords: /研发/,
    weight: 5,
  },
  {
    category: 'policy',
    lead: 'D03',
    assists: ['D06'],
    titles: ['稳岗补贴申领遇到问题', '稳岗补贴未到账'],
    descriptions: [
      '公司去年未裁员，符合稳岗补贴条件，但申领时系统显示{参保信息不符|单位信息核验失败}，补贴无法申领，请协调社保部门核实。',
    ],
    resolution: '已协调社保部门修正单位参保信息，稳岗补贴{3-12}万元已返还至企业账户。',
    missing: '参保缴费明细和营业执照',
    weight: 4,
  },
  {
    category: 'legalIp',
    lead: 'D04',
    assists: [],
    titles: ['核心专利被侵权，请求维权援助', '产品外观设计专利遭仿冒'],
    descriptions: [
      '我司发现{外地|同行}企业生产销售仿冒产品，涉嫌侵犯我司{发明专利|实用新型专利|外观设计专利}，影响市场销售，希望园区提供知识产权维权援助，协调市场监管部门查处。',
    ],
    resolution:
      '已对接知识产权保护中心出具侵权判定咨询意见，并移交市场监管部门立案查处，{2-3}家涉嫌侵权企业已下架相关产品。',
    missing: '专利证书和侵权产品购买凭证',
    weight: 4,
  },
  {
    category: 'legalIp',
    lead: 'D03',
    assists: [],
    titles: ['货款被拖欠，合同纠纷请求协调', '客户拖欠货款，合同纠纷求助'],
    descriptions: [
      '我司与{外地|本地}客户签订的供货合同已履行完毕，对方拖欠货款{60|120|260}万元超过{3-8}个月，多次催收无果，希望园区帮助协调或提供法律援助。',
    ],
    resolution:
      '已安排园区法律服务站律师提供免费咨询，指导企业发出律师函并申请诉前调解，双方已达成分期还款协议。',
    rejection:
      '该事项属于企业之间的合同纠纷，不属于管委会行政职能，建议通过诉讼或仲裁解决；园区法律服务站可提供免费咨询。',
    weight: 3,
  },
  {
    category: 'infrastructure',
    lead: 'D05',
    assists: [],
    titles: ['厂区门前道路破损严重', '园区道路坑洼影响货车通行'],
    descriptions: [
      '{科技三路|创业大道|滨河路}厂区门前路段路面破损、坑洼积水，货车进出困难，{雨天|夜间}存在安全隐患，请安排道路维修。',
    ],
    resolution: '已安排市政养护单位对该路段进行修补，修复路面约{300-900}平方米，道路已恢复正常通行。',
    weight: 4,
  },
  {
    category: 'infrastructure',
    lead: 'D05',
    assists: [],
    titles: ['园区路灯不亮，员工夜间下班不安全', '道路路灯损坏请求维修'],
    descriptions: [
      '{科技三路|创业大道|工业园西路}路段有{6-15}盏路灯长期不亮，员工夜间下班出行不安全，请尽快维修路灯。',
      '园区{东区|西区}道路多处路灯损坏，晚上道路漆黑，员工下夜班骑车不安全，已发生{1-2}起摔伤，请尽快维修路灯。',
    ],
    resolution: '已安排路灯管理所更换损坏的路灯灯具和一段电缆，路灯已恢复照明。',
    weight: 3,
  },
  {
    category: 'infrastructure',
    lead: 'D05',
    assists: ['D07'],
    titles: ['雨季厂区排水不畅，路面积水', '园区排水管网堵塞，雨后积水倒灌'],
    descriptions: [
      '{入夏以来|近期}降雨后，厂区周边排水管网堵塞，路面积水深达{20-40}厘米，雨水倒灌进入仓库，请协调疏通排水管网。',
      '每逢大雨园区道路排水不畅，{厂区门口|仓库周边}积水严重，货车无法通行，请协调排水管网清淤和改造。',
    ],
    resolution: '已组织对该片区排水管网清淤疏通{300-800}米，并新增雨水口{4-8}处，积水问题已解决。',
    weight: 4,
  },
  {
    category: 'other',
    lead: 'D03',
    assists: [],
    titles: ['引进人才子女就近入学', '员工子女入学咨询'],
    descriptions: [
      '公司引进的{3-8}名技术骨干子女需要在园区附近入学，{开学在即|入学报名已开始}，请协调教育部门解决就近入学。',
    ],
    resolution: '已协调教育部门按人才子女入学政策安排就近入学，相关学生均已落实学位。',
    missing: '人才认定证明和户籍材料',
    weight: 2,
  },
  {
    category: 'other',
    lead: 'D02',
    assists: [],
    titles: ['人才公寓申请排队时间长', '申请增加人才公寓房源'],
    descriptions: [
      '公司新引进研发人员{10-25}名，人才公寓申请已排队{2-4}个月，员工租房成本高，影响人才稳定，请协调增加房源。',
    ],
    resolution: '已从园区人才公寓调剂房源{10-25}套，员工已办理入住。',
    weight: 2,
  },
  {
    category: 'other',
    lead: 'D05',
    assists: [],
    titles: ['园区公交线路少，员工通勤不便', '申请增开园区通勤公交'],
    descriptions: [
      '园区至{地铁站|城区}的公交线路班次少，{早高峰|晚高峰}员工等车时间长，希望增开公交线路或通勤班车。',
    ],
    resolution: '已协调公交公司{早晚高峰加密班次|新开园区接驳专线}，发车间隔缩短至{10|15}分钟。',
    weight: 2,
  },
  {
    category: 'other',
    lead: 'D03',
    assists: [],
    titles: ['离职员工劳动争议请求处理', '员工劳动报酬争议求助'],
    descriptions: [
      '一名离职员工要求公司支付{2-6}个月的经济补偿，双方对补偿标准分歧较大，员工多次到公司吵闹，影响正常经营，请求帮助处理。',
    ],
    resolution: '已联系劳动保障监察机构和园区调解委员会组织双方调解，达成一致意见并签署调解协议。',
    rejection: '该事项属于个人劳动争议，应由当事人向劳动人事争议仲裁委员会申请仲裁，已告知企业办理渠道。',
    weight: 1,
  },
];

/** Why the enterprise rated low (1–2): the case goes back for a return visit (回访). */
export const lowRatingNotes = [
  '问题没有实际解决，希望重新核实',
  '办理时间太长，过程中没有主动反馈进度',
  '答复只是转述政策，实际困难仍未解决',
];

/** What satisfied enterprises sometimes add to a rating. */
export const praiseNotes = ['办理及时，感谢', '部门主动对接，问题解决得很好', '效率很高，点赞'];

/** The default ask when a template names nothing in particular. */
export const defaultMissing = '相关证明材料和现场照片';

/** Fills `{a|b}` with one alternative and `{3-8}` with a whole number in the range. */
export function fillSlots(text: string, random: () => number): string {
  return text.replace(/\{([^{}]+)\}/g, (_, body: string) => {
    const range = /^(\d+)-(\d+)$/.exec(body);
    if (range) {
      const low = Number(range[1]);
      return String(low + Math.floor(random() * (Number(range[2]) - low + 1)));
    }
    const options = body.split('|');
    return options[Math.floor(random() * options.length)] ?? '';
  });
}
