// A stacked horizontal bar chart drawn by Chartist (SVG, ~12 kB gzip), loaded when the dashboard
// draws it. If it cannot load (offline before it was ever cached) the chart is left out: the same
// numbers are always in a table beside it.
import 'chartist/dist/index.css';
import { useEffect, useRef } from 'react';

interface Props {
  label: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export function StackedBars({ label, categories, series }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let chart: { detach(): void } | undefined;
    let cancelled = false;
    import('chartist')
      .then(({ BarChart }) => {
        if (cancelled) return;
        chart = new BarChart(
          element,
          { labels: categories, series: series.map((s) => s.values) },
          {
            stackBars: true,
            horizontalBars: true,
            height: `${Math.max(160, categories.length * 44 + 40)}px`,
            axisY: { offset: 110 },
            axisX: { onlyInteger: true },
          },
        );
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      chart?.detach();
    };
  }, [categories, series]);
  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={label} />
      <figcaption className="chart__legend">
        {series.map((s, index) => (
          <span
            key={s.name}
            className={`chart__key chart__key--${String.fromCharCode(97 + index)}`}
          >
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
