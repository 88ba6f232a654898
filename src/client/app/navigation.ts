// Where each role can go: one list of places, in the order they are shown. The phone's tab bar holds
// the daily screens (`tab`); the rest are listed under "Mục khác" and in the desktop side bar.
import type { Role } from '../../shared/schemas/user.ts';

const FIELD: readonly Role[] = ['collaborator', 'district', 'province'];
const STAFF: readonly Role[] = ['district', 'province'];
const ALL: readonly Role[] = ['collaborator', 'district', 'province', 'admin'];

export interface NavLink {
  href: string;
  label: string;
  roles: readonly Role[];
  tab?: true;
}

export const PLACES: NavLink[] = [
  { href: '/', label: 'Trang chủ', roles: ALL, tab: true },
  { href: '/forums', label: 'Diễn đàn', roles: FIELD, tab: true },
  { href: '/recommendations', label: 'Kiến nghị', roles: FIELD, tab: true },
  { href: '/trainings', label: 'Tập huấn', roles: FIELD, tab: true },
  { href: '/more', label: 'Mục khác', roles: ALL, tab: true },
  { href: '/follow-up', label: 'Theo dõi trả lời kiến nghị', roles: FIELD },
  { href: '/forwarding', label: 'Chuyển kiến nghị lên cấp trên', roles: STAFF },
  { href: '/plans', label: 'Kế hoạch năm', roles: FIELD },
  { href: '/work-programme', label: 'Chương trình công tác', roles: FIELD },
  { href: '/reports', label: 'Tổng hợp, báo cáo', roles: FIELD },
  { href: '/admin/accounts', label: 'Tài khoản người dùng', roles: ['admin', ...STAFF] },
  { href: '/admin/units', label: 'Đơn vị hành chính', roles: ALL },
  { href: '/sync', label: 'Đồng bộ', roles: [...FIELD, 'admin'] },
  { href: '/account', label: 'Tài khoản của tôi', roles: ALL },
];

/** The places a role sees in the tab bar (`tab`) or under "Mục khác" (the rest). */
export function placesFor(role: Role, tab: boolean): NavLink[] {
  return PLACES.filter((place) => place.roles.includes(role) && Boolean(place.tab) === tab);
}
