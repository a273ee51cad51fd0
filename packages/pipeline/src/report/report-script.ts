/**
 * The script inlined into `report.html` (its hash goes into the page's Content-Security-Policy):
 * a click on a column heading of a `table.sortable` sorts the rows by the cells' `data-value`
 * (as numbers in `data-sort="number"` columns), first in the heading's `data-order`, then the
 * other way; ties keep the table's first order (`data-index` of the rows).
 */
export const REPORT_SCRIPT = `
for (const table of document.querySelectorAll('table.sortable')) {
  for (const heading of table.tHead.rows[0].cells) {
    const button = heading.querySelector('button');
    if (!button) continue;
    button.addEventListener('click', () => {
      const current = heading.getAttribute('aria-sort');
      const order = current ? (current === 'ascending' ? 'descending' : 'ascending') : heading.dataset.order;
      for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort');
      heading.setAttribute('aria-sort', order);
      const column = heading.cellIndex;
      const numeric = heading.dataset.sort === 'number';
      const direction = order === 'ascending' ? 1 : -1;
      const body = table.tBodies[0];
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = a.cells[column].dataset.value;
        const y = b.cells[column].dataset.value;
        const compared = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'vi', { numeric: true });
        return compared * direction || Number(a.dataset.index) - Number(b.dataset.index);
      });
      body.append(...rows);
    });
  }
}
`;
