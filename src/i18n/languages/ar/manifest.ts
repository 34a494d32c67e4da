import type { ManifestText } from '../../en/manifest';

export const manifest: ManifestText = {
  /** The app's name and description where a browser offers to install it (the web manifest). */
  name: 'Backcheck: ألم الظهر بعد التمرين',
  description: 'ألم في الظهر بعد التمرين؟ اعرف هل هو ألم العضلات المعتاد، أم شد عضلي على الأرجح، أم سبب لمراجعة الطبيب.',
};
