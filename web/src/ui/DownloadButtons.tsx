// The list on the screen as a file: CSV, XLSX or HXL, with the header in the reader's language.
// Plain links: the browser downloads with the session cookie, and the server reads the same
// scope and filters as the screen (the download is audited there).
import { useTranslation } from 'react-i18next';

interface Props {
  /** The API path of the list, with the screen's filters, without paging. */
  path: string;
}

export function DownloadButtons({ path }: Props) {
  const { t, i18n } = useTranslation();
  const href = (format: 'csv' | 'xlsx' | 'hxl') =>
    `${path}${path.includes('?') ? '&' : '?'}format=${format}&lang=${encodeURIComponent(i18n.language)}`;
  return (
    <div
      className="download-buttons"
      role="group"
      aria-label={t('download.label')}
      title={t('download.hint')}
    >
      <span className="download-label">{t('download.label')}</span>
      <a className="button button-quiet" href={href('csv')} download data-format="csv">
        {t('download.csv')}
      </a>
      <a className="button button-quiet" href={href('xlsx')} download data-format="xlsx">
        {t('download.xlsx')}
      </a>
      <a className="button button-quiet" href={href('hxl')} download data-format="hxl">
        {t('download.hxl')}
      </a>
    </div>
  );
}
