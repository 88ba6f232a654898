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
  { href: '/forums', label: 'Diễn đàn', roles: FIELD },
  { href: '/recommendations', label: 'Kiến nghị', roles: FIELD },
  { href: '/trainings', label: 'Tập huấn', roles: FIELD },
  { href: '/more', label: 'Mục khác', roles: ALL },
];

export const MORE_LINKS: NavLink[] = [
  { href: '/follow-up', label: 'Theo dõi trả lời kiến nghị', roles: FIELD },
  { href: '/forwarding', label: 'Chuyển kiến nghị lên cấp trên', roles: STAFF },
  { href: '/plans', label: 'Kế hoạch năm', roles: FIELD },
  { href: '/work-programme', label: 'Chương trình công tác', roles: FIELD },
  { href: '/reports', label: 'Tổng hợp, báo cáo', roles: FIELD },
  {
    href: '/admin/accounts',
    label: 'Tài khoản người dùng',
    roles: ['admin', 'province', 'district'],
  },
  { href: '/admin/units', label: 'Đơn vị hành chính', roles: ALL },
  { href: '/sync', label: 'Đồng bộ', roles: FIELD.concat('admin') },
  { href: '/account', label: 'Tài khoản của tôi', roles: ALL },
];
