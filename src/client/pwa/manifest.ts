// The web app manifest, in Vietnamese: what the phone shows when the app is installed.
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#0b6e4f';

export const manifest: Partial<ManifestOptions> = {
  name: 'Diễn đàn trẻ em Kon Tum',
  short_name: 'Diễn đàn TE',
  description:
    'Ghi nhận diễn đàn trẻ em, kiến nghị của trẻ em, theo dõi trả lời và tập huấn — làm việc cả khi không có mạng.',
  lang: 'vi',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  id: '/',
  display: 'standalone',
  orientation: 'portrait',
  background_color: '#ffffff',
  theme_color: THEME_COLOR,
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
};
