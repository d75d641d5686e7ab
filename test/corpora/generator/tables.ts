import type { Random } from '../random';
import { pad2 } from './text';

/**
 * Lists whose rows differ only in numbers: timetables, league tables, spec sheets. Real corpora
 * are full of them, and a tool that treats digits as noise calls every row a repeat.
 */

const time = (minutes: number) => `${pad2(Math.floor(minutes / 60) % 24)}:${pad2(minutes % 60)}`;

export function timetable(r: Random, from: string, to: string, lang: 'en' | 'nb'): string[] {
  const rows: string[] = [];
  let departure = r.int(5, 8) * 60 + r.pick([0, 10, 15, 30, 40]);
  const crossing = r.int(15, 70);
  for (let i = r.int(4, 9); i > 0; i--) {
    rows.push(lang === 'en' ? `Depart ${from} ${time(departure)}, arrive ${to} ${time(departure + crossing)}` : `Avgang ${from} kl. ${time(departure)}, ankomst ${to} kl. ${time(departure + crossing)}`);
    departure += r.int(6, 20) * 10;
  }
  return rows;
}

const TEAMS = ['Eastport Rovers', 'Northfield Town', 'Holm Bay United', 'Stanmouth Athletic', 'Ashcombe Albion', 'Carrow City', 'Fenwick Wanderers', 'Dunmere Harriers'];

/** Standings: position, team, played, won, drawn, lost, goal difference, points. */
export function leagueTable(r: Random): string[] {
  const played = r.int(8, 30);
  const rows = TEAMS.map((team) => {
    const won = r.int(0, played);
    const drawn = r.int(0, played - won);
    return { team, won, drawn, lost: played - won - drawn, difference: r.int(-20, 30) };
  }).sort((a, b) => b.won * 3 + b.drawn - (a.won * 3 + a.drawn));
  return ['Pos Team P W D L GD Pts', ...rows.map((row, i) => `${i + 1} ${row.team} ${played} ${row.won} ${row.drawn} ${row.lost} ${row.difference} ${row.won * 3 + row.drawn}`)];
}

/** Fares or prices: the same labels with different amounts. */
export function fareList(r: Random, lang: 'en' | 'nb'): string[] {
  const base = r.int(20, 90) / 10;
  return lang === 'en'
    ? [`Adult single: £${base.toFixed(2)}`, `Child single: £${(base / 2).toFixed(2)}`, `Adult return: £${(base * 1.8).toFixed(2)}`, `Car and driver single: £${(base * 4.4).toFixed(2)}`]
    : [`Voksen enkeltbillett: ${Math.round(base * 10)} kr`, `Barn enkeltbillett: ${Math.round(base * 5)} kr`, `Bil med fører: ${Math.round(base * 44)} kr`];
}

export function specSheet(r: Random): string[] {
  return [
    'Specs',
    `Screen: ${r.int(50, 69) / 10} inches, ${r.pick(['2400 x 1080', '2560 x 1440', '1920 x 1080'])}`,
    `RAM: ${r.pick([4, 6, 8, 12])} GB`,
    `Storage: ${r.pick([64, 128, 256])} GB`,
    `Battery: ${r.int(28, 50) * 100} mAh`,
    `Price: $${r.int(20, 110) * 10 - 1}`,
  ];
}
