// A small province that went through the 2025 reform, for the scope and report tests: Kon Tum's
// districts and communes until 30 June 2025, then Quảng Ngãi with communes directly under it.
import type { UnitRecord } from '../units/unit-tree.ts';

const REFORM_EVE = '2025-06-30';
const REFORM_DAY = '2025-07-01';

const unit = (
  id: string,
  name: string,
  type: UnitRecord['type'],
  level: UnitRecord['level'],
  parentCode: string | null,
  more: Partial<UnitRecord> = {},
): UnitRecord => ({
  id,
  name,
  type,
  level,
  parentCode,
  validFrom: null,
  validTo: null,
  successors: [],
  history: [],
  ...more,
});

export const REFORMED_PROVINCE: UnitRecord[] = [
  unit('kon-tum', 'Tỉnh Kon Tum', 'province', 'province', null, {
    validTo: REFORM_EVE,
    successors: ['quang-ngai'],
  }),
  unit('quang-ngai', 'Tỉnh Quảng Ngãi', 'province', 'province', null),
  unit('dak-glei', 'Huyện Đăk Glei', 'district', 'district', 'kon-tum', { validTo: REFORM_EVE }),
  // Ended with the districts, taken over by the new commune Đăk Choong.
  unit('dak-glei/dak-choong', 'Xã Đăk Choong', 'commune', 'commune', 'dak-glei', {
    validTo: REFORM_EVE,
    successors: ['dak-choong'],
  }),
  unit('dak-choong', 'Xã Đăk Choong', 'commune', 'commune', 'quang-ngai', {
    validFrom: REFORM_DAY,
  }),
  // Carried on under the province: the same unit, re-parented with an effective date.
  unit('dak-glei/dak-man', 'Xã Đăk Môn', 'commune', 'commune', 'quang-ngai', {
    history: [{ until: REFORM_DAY, name: 'Xã Đăk Man', type: 'commune', parentCode: 'dak-glei' }],
  }),
  unit('kon-ray', 'Huyện Kon Rẫy', 'district', 'district', 'kon-tum', { validTo: REFORM_EVE }),
  // Two communes merged into one.
  unit('kon-ray/dak-ruong', 'Xã Đăk Ruồng', 'commune', 'commune', 'kon-ray', {
    validTo: REFORM_EVE,
    successors: ['dak-koi'],
  }),
  unit('kon-ray/dak-tang', 'Xã Đăk Tăng', 'commune', 'commune', 'kon-ray', {
    validTo: REFORM_EVE,
    successors: ['dak-koi'],
  }),
  unit('dak-koi', 'Xã Đăk Kôi', 'commune', 'commune', 'quang-ngai', { validFrom: REFORM_DAY }),
  unit('ly-son', 'Đặc khu Lý Sơn', 'special-zone', 'commune', 'quang-ngai'),
];
