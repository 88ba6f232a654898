// Vietnamese words for the codes the data uses. One place, so every screen says the same thing.
import type { Level } from '../../shared/schemas/fields.ts';
import type { ForumStatus } from '../../shared/schemas/forum.ts';
import type { RecommendationKind, ResponseStatus } from '../../shared/schemas/recommendation.ts';
import type { UnitLevel, UnitType } from '../../shared/schemas/unit.ts';
import type { EntityName } from '../../shared/entities.ts';
import type { SyncState } from '../db/schema.ts';

export const LEVEL_LABEL: Record<Level, string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  national: 'Cấp quốc gia',
};

export const FORUM_STATUS_LABEL: Record<ForumStatus, string> = {
  planned: 'Dự kiến',
  held: 'Đã tổ chức',
  reported: 'Đã báo cáo',
};

export const KIND_LABEL: Record<RecommendationKind, string> = {
  recommendation: 'Kiến nghị',
  initiative: 'Sáng kiến',
  message: 'Thông điệp',
};

export const RESPONSE_LABEL: Record<ResponseStatus, string> = {
  pending: 'Chưa có trả lời',
  implemented: 'Đã được đáp ứng, thực hiện',
  'in-progress': 'Đang được xem xét, thực hiện',
  'not-possible': 'Chưa thể thực hiện',
};

export const AGE_BAND_LABEL = {
  'under-10': 'Dưới 10 tuổi',
  '10-12': '10–12 tuổi',
  '13-15': '13–15 tuổi',
  '16-17': '16–17 tuổi',
} as const;

export const GENDER_LABEL = { female: 'Nữ', male: 'Nam', other: 'Khác' } as const;

export const SYNC_STATE_LABEL: Record<SyncState, string> = {
  pending: 'Chưa gửi',
  synced: 'Đã gửi',
  rejected: 'Bị từ chối',
};

export const ROLE_LABEL = {
  collaborator: 'Cộng tác viên cấp xã',
  district: 'Cán bộ cấp huyện',
  province: 'Cán bộ cấp tỉnh',
  admin: 'Quản trị',
} as const;

export const ENTITY_LABEL: Record<EntityName, string> = {
  unit: 'Đơn vị hành chính',
  plan: 'Kế hoạch',
  activity: 'Hoạt động (chương trình công tác)',
  forum: 'Diễn đàn',
  recommendation: 'Kiến nghị',
  training: 'Tập huấn',
  attendee: 'Người tham gia tập huấn',
  attendance: 'Điểm danh',
  conflict: 'Xung đột',
  submission: 'Báo cáo gửi cấp trên',
  letterhead: 'Thông tin văn bản của đơn vị',
  progress: 'Tiến độ hoạt động của đơn vị',
  attachment: 'Tệp đính kèm',
};

/** Field names as users read them, for conflict notices. */
export const FIELD_LABEL: Record<string, string> = {
  venue: 'Địa điểm',
  organiser: 'Đơn vị tổ chức',
  date: 'Ngày tổ chức',
  status: 'Trạng thái',
  childrenTotal: 'Tổng số trẻ em',
  girls: 'Trẻ em gái',
  boys: 'Trẻ em trai',
  ethnicMinority: 'Trẻ em dân tộc thiểu số',
  specialCircumstances: 'Trẻ em có hoàn cảnh đặc biệt',
  withDisabilities: 'Trẻ em khuyết tật',
  poorHouseholds: 'Trẻ em hộ nghèo',
  adults: 'Người lớn',
  text: 'Nội dung',
  addressee: 'Cơ quan nhận',
  themeCode: 'Chủ đề',
  kind: 'Loại',
  responseStatus: 'Kết quả trả lời',
  responseText: 'Nội dung trả lời',
  responseCause: 'Nguyên nhân',
  responseSolution: 'Giải pháp',
};

export const AUDIENCE_LABEL = {
  children: 'Trẻ em',
  adults: 'Người lớn chăm sóc trẻ em',
  collaborators: 'Cộng tác viên',
  officials: 'Cán bộ',
} as const;

export const ATTENDEE_ROLE_LABEL = {
  child: 'Trẻ em',
  adult: 'Cha mẹ, người chăm sóc',
  collaborator: 'Cộng tác viên',
  official: 'Cán bộ',
} as const;

export const ACTIVITY_STATUS_LABEL = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
} as const;

export const UNIT_TYPE_LABEL: Record<UnitType, string> = {
  province: 'Tỉnh',
  city: 'Thành phố',
  district: 'Huyện',
  town: 'Thị xã',
  commune: 'Xã',
  ward: 'Phường',
  township: 'Thị trấn',
  'special-zone': 'Đặc khu',
};

export const UNIT_LEVEL_LABEL: Record<UnitLevel, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/** What a record's page says when the device does not hold it. */
export const NOT_ON_DEVICE_LABEL = {
  forum: 'Không tìm thấy diễn đàn này trên máy.',
  recommendation: 'Không tìm thấy kiến nghị này trên máy.',
  training: 'Không tìm thấy lớp tập huấn này trên máy.',
  submission: 'Không tìm thấy báo cáo này trên máy.',
  plan: 'Không tìm thấy kế hoạch này trên máy.',
} as const;

/** The headings of a forum table's figures on screen, keyed and ordered as `forumFigures` gives them. */
export const FORUM_FIGURE_LABEL = {
  held: 'Đã tổ chức',
  planned: 'Dự kiến',
  childrenTotal: 'Trẻ em',
  girls: 'Trẻ em gái',
  boys: 'Trẻ em trai',
  ethnicMinority: 'Trẻ em dân tộc thiểu số',
  specialCircumstances: 'Trẻ em có hoàn cảnh đặc biệt',
} as const;
