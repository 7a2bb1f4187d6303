/** Placeholder while the page is written; replaced by the returns-side work. */
export function ReturnsPage() {
  return <div>报送情况与导入</div>;
}
