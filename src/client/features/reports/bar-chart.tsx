// A stacked horizontal bar chart drawn by Chartist (SVG, ~15 kB gzip), which is part of the
// dashboard's chunk only. The same numbers are always in a table beside it.
import { BarChart } from 'chartist';
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
    if (!box.current) return;
    const chart = new BarChart(
      box.current,
      { labels: categories, series: series.map((s) => s.values) },
      {
        stackBars: true,
        horizontalBars: true,
        height: `${Math.max(160, categories.length * 44 + 40)}px`,
        axisY: { offset: 110 },
        axisX: { onlyInteger: true },
      },
    );
    return () => {
      chart.detach();
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
