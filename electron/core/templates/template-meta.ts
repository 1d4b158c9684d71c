// The machine-readable part of the app's own report template, shared by writer and reader.
export const TEMPLATE_FORMAT = 'tonghop-template';
export const TEMPLATE_VERSION = 1;
export const META_SHEET = '_meta';
export const REPORT_SHEET = 'Báo cáo';

/** Columns on the report sheet. */
export const COL = { code: 1, text: 2, status: 3, result: 4, figureValue: 4 } as const;

export const STATUS_CHOICES = ['Đã thực hiện', 'Đang thực hiện', 'Chưa thực hiện'] as const;

export type TemplateMeta = {
  planId: number;
  planNumber: string | null;
  roundId: number;
  roundLabel: string;
  unitCode: string;
  unitName: string;
  reportDateCell: string;
  items: { code: string; row: number }[];
  figures: { key: string; row: number }[];
};
