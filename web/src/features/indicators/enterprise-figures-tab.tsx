/** Placeholder while the page is written; replaced by the returns-side work. */
export function EnterpriseFiguresTab({ enterpriseId }: { enterpriseId: string }) {
  void enterpriseId;
  return <div>企业经济数据</div>;
}
