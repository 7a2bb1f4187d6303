/** Masks a mobile number for lists: 13812345678 → 138****5678; other numbers keep their ends only. */
export function maskMobile(mobile: string | null): string | null {
  if (!mobile) return mobile;
  const digits = mobile.replace(/\s|-/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`;
}

/** A mainland mobile number (11 digits starting with 1) or a landline with area code. */
export const phonePattern = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
