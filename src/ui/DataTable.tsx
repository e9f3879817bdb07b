import type { ReactNode } from 'react';

export interface DataTableProps<Row> {
  className: string;
  /** Omitted for a table that a heading or the dialog title already names. */
  caption?: ReactNode;
  captionClassName?: string;
  /** The column headings, in order (each a `th scope="col"`). */
  columns: readonly ReactNode[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The cells of one row (its `th scope="row"` and `td`s); the `tr` is ours. */
  renderCells: (row: Row) => ReactNode;
}

/**
 * The plain data table the features share (attachments, drafts, shortcuts): caption, one row of
 * column headings, one body row per item. Written once so every such table has the same
 * accessible structure.
 */
export function DataTable<Row>({ className, caption, captionClassName, columns, rows, rowKey, renderCells }: DataTableProps<Row>) {
  return (
    <table className={className}>
      {caption === undefined ? null : <caption className={captionClassName}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            // Fixed columns: their position is their identity.
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>{renderCells(row)}</tr>
        ))}
      </tbody>
    </table>
  );
}
