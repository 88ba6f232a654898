// Where each role can go. The phone's tab bar holds the daily screens; the rest is under "Khác".
import type { Role } from '../../shared/schemas/user.ts';

const FIELD: readonly Role[] = ['collaborator', 'district', 'province'];
const STAFF: readonly Role[] = ['district', 'province'];
const ALL: readonly Role[] = ['collaborator', 'district', 'province', 'admin'];

export interface NavLink {
  href: string;
  label: string;
  roles: readonly Role[];
}

export const TABS: NavLink[] = [
  { href: '/', label: 'Trang chủ', roles: ALL },
  { href: '/forums', label: 'Diễn đàn', roles: ALL },
  { href: '/recommendations', label: 'Kiến nghị', roles: ALL },
  { href: '/trainings', label: 'Tập huấn', roles: ALL },
  { href: '/more', label: 'Mục khác', roles: ALL },
];

export const MORE_LINKS: NavLink[] = [
  { href: '/follow-up', label: 'Theo dõi trả lời kiến nghị', roles: ALL },
  { href: '/forwarding', label: 'Chuyển kiến nghị lên cấp trên', roles: STAFF },
  { href: '/work-programme', label: 'Chương trình công tác', roles: ALL },
  { href: '/reports', label: 'Tổng hợp, báo cáo', roles: ALL },
  { href: '/sync', label: 'Đồng bộ', roles: FIELD.concat('admin') },
];
