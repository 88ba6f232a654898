// The district report as a page to print (or save as PDF): the same model as the .docx.
import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { noteExport } from '../../sync/export-reports.ts';
import { documentOf } from './exports.ts';
import { loadReportData } from './report-data.ts';
import type { Block } from './report-types.ts';
import { Button } from '../../ui/button.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'paragraph') return <p className="doc__p">{block.text}</p>;
  if (block.kind === 'list')
    return (
      <ul className="doc__list">
        {block.items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  return (
    <table className="doc__table">
      <thead>
        <tr>
          {block.header.map((cell) => (
            <th key={cell}>{cell}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
        {block.totals && (
          <tr className="table__total">
            {block.totals.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function PrintPage() {
  const year = Number(useRouteParam('year'));
  const t = useT();
  const user = useUser();
  const today = todayIso();
  const data = useLiveQuery(() => loadReportData(db, user, year, today), [user, year, today]);
  if (!data) return <p>{t('Đang tải…')}</p>;
  const model = documentOf(data);
  const print = () => {
    void noteExport(db, {
      kind: 'district-report',
      format: 'print',
      unitCode: user.unitCode,
      rows: data.figures.recommendations.said.length,
    });
    window.print();
  };
  return (
    <>
      <div className="no-print actions">
        <Button primary onClick={print}>
          {t('In báo cáo')}
        </Button>
      </div>
      <article className="doc" lang="vi">
        <header className="doc__head">
          <div>
            <p>{model.parentBody}</p>
            <p className="doc__issuer">{model.issuingBody}</p>
            <p>{model.number}</p>
          </div>
          <div>
            <p className="doc__strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="doc__motto">Độc lập - Tự do - Hạnh phúc</p>
            <p className="doc__date">{model.placeAndDate}</p>
          </div>
        </header>
        <h1 className="doc__title">{model.title}</h1>
        <p className="doc__subtitle">{model.subtitle}</p>
        {model.sections.map((section) => (
          <section key={section.heading}>
            <h2 className="doc__heading">{section.heading}</h2>
            {section.blocks.map((block, index) => (
              <BlockView key={index} block={block} />
            ))}
          </section>
        ))}
        <footer className="doc__foot">
          <div>
            <p className="doc__recipients">Nơi nhận:</p>
            {model.recipients.map((recipient) => (
              <p key={recipient}>- {recipient}</p>
            ))}
          </div>
          <div className="doc__sign">
            <p className="doc__strong">{model.signerTitle}</p>
            <p className="doc__date">(Ký, ghi rõ họ tên, đóng dấu)</p>
            {model.signerName && <p className="doc__strong doc__signer">{model.signerName}</p>}
          </div>
        </footer>
      </article>
    </>
  );
}
