/** The signed-in layout, for feature tests that check a page inside the app's frame (e.g. print). */
export { AppLayout } from '../app/layout/AppLayout';
