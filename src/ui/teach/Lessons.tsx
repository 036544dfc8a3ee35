import { useState } from 'react';
import { lessonById, lessonHref, lessons, type Lesson } from '../../core/lessons/lessons';
import { useShallow } from 'zustand/react/shallow';
import type { MessageKey } from '../../i18n/translate';
import { updateConfig } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import { loadSampleTable, sampleTables } from '../../store/sampleTables';
import { useT } from '../common/useT';

type LessonText = 'title' | 'goal' | 'watch' | 'question';
const lessonKey = (id: string, part: LessonText) => `lesson.${id}.${part}` as MessageKey;

/**
 * A lesson's link from this page: its preset, plus the page's own choices (language, presenter
 * mode, a forced backend), so a class in Chinese on the projector stays so from lesson to lesson.
 */
function useLessonHref(): (lesson: Lesson) => string {
  const { lang, present, backend } = useLab(
    useShallow((s) => ({ lang: s.config.lang, present: s.config.present, backend: s.config.backend })),
  );
  return (lesson) => {
    const kept = new URLSearchParams();
    if (lang !== 'auto') kept.set('lang', lang);
    if (present) kept.set('present', '1');
    if (backend !== 'auto') kept.set('backend', backend);
    return kept.size ? `${lessonHref(lesson)}&${kept}` : lessonHref(lesson);
  };
}

/** The header's Lessons button and the list it opens: each lesson is a link (a preset URL). */
export function LessonsMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const href = useLessonHref();
  return (
    <div className="lessons-menu">
      <button
        type="button"
        data-testid="lessons-button"
        aria-expanded={open}
        aria-controls="lessons-list"
        onClick={() => setOpen(!open)}
      >
        {t('header.lessons')}
      </button>
      {open && (
        <nav id="lessons-list" className="lessons-list" data-testid="lessons" aria-label={t('lessons.title')}>
          <p className="small">{t('lessons.intro')}</p>
          <ol>
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <a data-testid={`lesson-${lesson.id}`} href={href(lesson)}>
                  {t(lessonKey(lesson.id, 'title'))}
                </a>
              </li>
            ))}
          </ol>
          <button type="button" className="link" onClick={() => setOpen(false)}>
            {t('lessons.close')}
          </button>
        </nav>
      )}
    </div>
  );
}

/** The open lesson (`lesson=<id>`): its goal, what to watch, the question, and the way on. */
export function LessonPanel() {
  const t = useT();
  const id = useLab((s) => s.config.lesson);
  const href = useLessonHref();
  const tableLoaded = useLab((s) => s.tableSummary !== null || s.tableLoad !== null);
  const busy = useLab(isRunning);
  const lesson = lessonById(id);
  if (!lesson) return null;
  const position = lessons.indexOf(lesson);
  const next = lessons[position + 1];
  const sample = sampleTables.find((s) => s.id === lesson.sample);
  return (
    <section
      className="card lesson-panel"
      data-testid="lesson-panel"
      data-lesson={lesson.id}
      aria-labelledby="lesson-title"
    >
      <p className="muted small">{t('lesson.count', { n: position + 1, total: lessons.length })}</p>
      <h2 id="lesson-title">{t(lessonKey(lesson.id, 'title'))}</h2>
      <dl>
        <dt>{t('lesson.goal')}</dt>
        <dd>{t(lessonKey(lesson.id, 'goal'))}</dd>
        <dt>{t('lesson.watch')}</dt>
        <dd>{t(lessonKey(lesson.id, 'watch'))}</dd>
        <dt>{t('lesson.question')}</dt>
        <dd className="lesson-question">{t(lessonKey(lesson.id, 'question'))}</dd>
      </dl>
      <div className="buttons">
        {sample && !tableLoaded && (
          <button
            type="button"
            className="primary"
            data-testid="lesson-load-sample"
            disabled={busy}
            onClick={() => void loadSampleTable(sample.id)}
          >
            {t('lesson.loadSample', { name: t(`sample.${sample.id}.title`) })}
          </button>
        )}
        {next && (
          <a className="button" data-testid="lesson-next" href={href(next)}>
            {t('lesson.next', { title: t(lessonKey(next.id, 'title')) })}
          </a>
        )}
        <button type="button" data-testid="lesson-exit" onClick={() => updateConfig({ lesson: '' })}>
          {t('lesson.exit')}
        </button>
      </div>
    </section>
  );
}
