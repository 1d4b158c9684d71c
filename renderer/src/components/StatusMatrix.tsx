// Units × items: one coloured cell per assigned item, with the status as a word for screen readers.
import { useMemo, useRef, useState } from 'react';
import type { Report, StatusResult } from '../../../shared/domain';
import { formatViDate } from '../../../shared/dates';
import { CELL_STATUS_LABELS } from '../../../shared/labels';
import { CELL_STATUS_ORDER, CELL_SYMBOLS } from '../lib/labels';
import { countAssigned, countStatus, filterRows, nextSort, sortRows } from '../lib/matrix';
import type { MatrixSort } from '../lib/matrix';
import { columnWindow, ROW_HEIGHT, rowWindow } from '../lib/row-window';

function SortButton(props: { label: string; active: boolean; dir: 'asc' | 'desc'; onClick(): void }) {
  return (
    <button type="button" className="sort-button" onClick={props.onClick}>
      {props.label}
      <span className="sort-icon" aria-hidden="true">
        {props.active ? (props.dir === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
}

// Fixed column widths: the browser lays the table out from them instead of measuring every cell,
// which on a 200 × 80 round is most of the time to first paint.
const UNIT_COL = 280;
const COUNT_COL = 124;
/** An item column fits its code ("III.2.4") at the header's font size. */
const itemColumnWidth = (codes: readonly string[]): number => Math.max(44, ...codes.map((c) => c.length * 8 + 18));

export function StatusMatrix(props: { status: StatusResult; reports?: readonly Report[] }) {
  const { status } = props;
  // Each cell names the file and the place in it it was read from, so the specialist can go back to the source.
  const sources = useMemo(() => {
    const m = new Map<number, { file: string; at: Map<string, string> }>();
    for (const r of props.reports ?? []) {
      m.set(r.id, { file: `tệp ${r.file.originalName}, nhận ngày ${formatViDate(r.receivedAt)}`, at: new Map(r.entries.map((e) => [e.itemCode, e.source])) });
    }
    return m;
  }, [props.reports]);
  // A unit's data-quality warnings (a total that does not add up, two values for one figure) on its row.
  const warned = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const w of status.warnings) if (w.unit) m.set(w.unit.code, [...(m.get(w.unit.code) ?? []), w.source ? `${w.message} (${w.source})` : w.message]);
    return m;
  }, [status.warnings]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<MatrixSort>({ key: 'unit', dir: 'asc' });
  const rows = useMemo(() => sortRows(filterRows(status.matrix, query), sort), [status.matrix, query, sort]);
  const wrap = useRef<HTMLDivElement>(null);
  // Before the first scroll, the window's size bounds the scroll area's (at most 70vh tall, no wider
  // than the window): measuring the area itself would force a layout of the whole screen first.
  const [scroll, setScroll] = useState(() => ({ top: 0, height: Math.round(window.innerHeight * 0.7), left: 0, width: window.innerWidth }));
  const win = rowWindow(rows.length, scroll.top, scroll.height);
  const itemCol = useMemo(() => itemColumnWidth(status.items.map((it) => it.code)), [status.items]);
  const cols = columnWindow(status.items.length, scroll.left, scroll.width, itemCol, UNIT_COL + COUNT_COL);
  const shownItems = status.items.slice(cols.start, cols.end);
  const padLeft = cols.start;
  const padRight = status.items.length - cols.end;
  const ariaSort = (key: MatrixSort['key']) => (sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none');

  return (
    <div>
      <div className="card-toolbar">
        <div className="field field-inline">
          <label htmlFor="matrix-filter">Lọc theo tên đơn vị</label>
          <input id="matrix-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Gõ tên đơn vị" />
        </div>
        <span className="muted" aria-live="polite">
          {rows.length}/{status.matrix.length} đơn vị
        </span>
      </div>
      <ul className="legend" aria-label="Chú giải">
        {CELL_STATUS_ORDER.map((s) => (
          <li key={s}>
            <span className={`cell-chip cell-${s}`} aria-hidden="true">
              {CELL_SYMBOLS[s]}
            </span>
            {CELL_STATUS_LABELS[s]}
          </li>
        ))}
      </ul>
      <div
        ref={wrap}
        className="table-wrap matrix-wrap"
        tabIndex={0}
        role="group"
        aria-label="Vùng cuộn ma trận"
        onScroll={(e) => {
          const el = e.currentTarget;
          setScroll({ top: el.scrollTop, height: el.clientHeight, left: el.scrollLeft, width: el.clientWidth });
        }}
      >
        <table className="matrix" aria-label="Ma trận đơn vị × nhiệm vụ" style={{ width: UNIT_COL + COUNT_COL + itemCol * status.items.length }}>
          <colgroup>
            <col style={{ width: UNIT_COL }} />
            <col style={{ width: COUNT_COL }} />
            {status.items.map((it) => (
              <col key={it.code} style={{ width: itemCol }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="matrix-unit" aria-sort={ariaSort('unit')}>
                <SortButton label="Đơn vị" active={sort.key === 'unit'} dir={sort.dir} onClick={() => setSort((s) => nextSort(s, 'unit'))} />
              </th>
              <th scope="col" className="matrix-count" aria-sort={ariaSort('done')}>
                <SortButton
                  label="Đã thực hiện"
                  active={sort.key === 'done'}
                  dir={sort.dir}
                  onClick={() => setSort((s) => nextSort(s, 'done'))}
                />
              </th>
              {padLeft > 0 && <td colSpan={padLeft} className="matrix-pad" aria-hidden="true" />}
              {shownItems.map((it) => (
                <th key={it.code} scope="col" className="matrix-item" title={`${it.code}: ${it.text}`}>
                  <abbr title={it.text}>{it.code}</abbr>
                </th>
              ))}
              {padRight > 0 && <td colSpan={padRight} className="matrix-pad" aria-hidden="true" />}
            </tr>
          </thead>
          <tbody>
            {win.padTop > 0 && <tr aria-hidden="true" style={{ height: win.padTop }} />}
            {rows.slice(win.start, win.end).map((row) => {
              const done = countStatus(row, 'done');
              const assigned = countAssigned(row);
              return (
                <tr key={row.unit.code} style={{ height: ROW_HEIGHT }}>
                  <th scope="row" className="matrix-unit">
                    {row.unit.name}
                    {warned.has(row.unit.code) && (
                      <span className="matrix-warning" role="img" aria-label={`Cảnh báo số liệu: ${warned.get(row.unit.code)!.join('; ')}`} title={warned.get(row.unit.code)!.join('\n')}>
                        {' '}⚠
                      </span>
                    )}
                  </th>
                  <td className="matrix-count num">
                    {done}/{assigned}
                  </td>
                  {padLeft > 0 && <td colSpan={padLeft} className="matrix-pad" aria-hidden="true" />}
                  {shownItems.map((it) => {
                    const s = row.items[it.code] ?? 'not_assigned';
                    const label = CELL_STATUS_LABELS[s];
                    const from = row.reportId !== null ? sources.get(row.reportId) : undefined;
                    const at = from?.at.get(it.code);
                    const source = from ? `${from.file}${at ? `, ${at}` : ''}` : undefined;
                    const title = `${row.unit.name} — ${it.code}: ${label}${source && s !== 'not_assigned' ? ` (${source})` : ''}`;
                    return (
                      <td key={it.code} className={`cell cell-${s}`} title={title} aria-label={label}>
                        <span aria-hidden="true">{CELL_SYMBOLS[s]}</span>
                      </td>
                    );
                  })}
                  {padRight > 0 && <td colSpan={padRight} className="matrix-pad" aria-hidden="true" />}
                </tr>
              );
            })}
            {win.padBottom > 0 && <tr aria-hidden="true" style={{ height: win.padBottom }} />}
            {rows.length === 0 && (
              <tr>
                <td colSpan={status.items.length + 2} className="muted">
                  Không có đơn vị nào khớp “{query}”.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
