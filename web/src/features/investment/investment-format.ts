import { displayFigure, parseAmount, wanToYi } from '@gaoxin/domain';
import { maximumInvestmentWan } from '@gaoxin/domain';
import type { FormRule } from 'antd';

/**
 * An amount in 万元 as the reports write it: 亿元 with two decimals from 1亿 up, else 万元; computed
 * from the exact decimal string, never through a float. "—" when there is none.
 */
export function amountText(exact: string | null | undefined): string {
  return exact === null || exact === undefined || exact === '' ? '—' : displayFigure(exact, '万元', 2);
}

/** An amount in 万元 written in 亿元 with two decimals ("223.00"), for the KPI sentence. */
export function yiText(exact: string): string {
  return wanToYi(parseAmount(exact));
}

/** What someone typed, without the thousands separators and spaces people paste from Excel. */
export function cleanAmount(text: string | undefined): string | undefined {
  const cleaned = text?.replace(/[,，\s]/g, '');
  return cleaned ? cleaned : undefined;
}

const amountPattern = /^\d{1,14}(\.\d{1,4})?$/;

/** Form rules of an amount in 万元: a non-negative decimal with up to four places, not absurd. */
export function amountRules(messages: { format: string; absurd: string; required?: string }): FormRule[] {
  return [
    ...(messages.required ? [{ required: true, whitespace: true, message: messages.required }] : []),
    {
      validator: (_rule, value: string | undefined) => {
        const cleaned = cleanAmount(value);
        if (!cleaned) return Promise.resolve();
        if (!amountPattern.test(cleaned)) return Promise.reject(new Error(messages.format));
        if (Number(cleaned) > maximumInvestmentWan) return Promise.reject(new Error(messages.absurd));
        return Promise.resolve();
      },
    },
  ];
}

/** Whether 合同额 exceeds 总投资 (a warning, not a refusal), compared exactly. */
export function isContractAboveInvestment(total: string | undefined, contract: string | undefined): boolean {
  const [left, right] = [cleanAmount(total), cleanAmount(contract)];
  if (!left || !right || !amountPattern.test(left) || !amountPattern.test(right)) return false;
  return parseAmount(right) > parseAmount(left);
}

/** A stored decimal ("12000.5000") as people type it ("12000.5"); undefined for none. */
export function plainAmount(exact: string | null | undefined): string | undefined {
  if (!exact) return undefined;
  return exact.includes('.') ? exact.replace(/0+$/, '').replace(/\.$/, '') : exact;
}
