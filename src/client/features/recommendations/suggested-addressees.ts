/** Agencies children's recommendations are most often addressed to; free text is allowed too. */
export const SUGGESTED_ADDRESSEES = [
  'UBND xã',
  'UBND huyện',
  'UBND tỉnh',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Giáo dục và Đào tạo',
  'Công an xã',
  'Công an huyện',
  'Trạm Y tế xã',
  'Đoàn Thanh niên',
  'Nhà trường',
  'Sở Lao động - Thương binh và Xã hội',
] as const;
