/** One entry per charted series, with its latest value: what a reader (or a test) checks by name. */
export function SeriesLegend(props: {
  series: readonly { key: string; name: string; colour: string }[];
  latest: object | undefined;
  format: (value: number) => string;
}) {
  return (
    <ul className="series-legend">
      {props.series.map(({ key, name, colour }) => {
        const value = (props.latest as Partial<Record<string, number | null>> | undefined)?.[key];
        return (
          <li key={key} data-testid={`loss-series-${key}`} data-last={value ?? ''}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            {name}
            {typeof value === 'number' && <span className="muted"> {props.format(value)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
