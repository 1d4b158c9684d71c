// Flags the plan extractor sets on items a person must look at, with the message the UI shows.
// Shared so the renderer and the CLI print the same words the extractor means.
export const PLAN_ITEM_FLAGS = {
  'no-assignee': 'Nhiệm vụ chưa nêu đơn vị thực hiện: cần chọn đơn vị.',
  'assignee-from-recipients': 'Đơn vị thực hiện lấy theo danh sách "Kính gửi": cần kiểm tra.',
  'numbering-gap': 'Số thứ tự không liền mạch với mục trước (văn bản có thể đánh số nhầm).',
  'numbering-duplicate': 'Số thứ tự trùng với một mục khác: đã thêm hậu tố để phân biệt.',
} as const;

export type PlanItemFlag = keyof typeof PLAN_ITEM_FLAGS;

/** The Vietnamese message for a flag; unknown flags are shown as they are. */
export function planFlagMessage(flag: string): string {
  return (PLAN_ITEM_FLAGS as Record<string, string>)[flag] ?? flag;
}
