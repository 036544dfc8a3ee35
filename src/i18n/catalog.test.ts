import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { configFields } from '../core/config';
import { lessonIds } from '../core/lessons/lessons';
import { catalogs, resolveLanguage, translate } from './translate';
import { en } from './en';
import { glossaryTerms, helpPanels } from '../ui/teach/glossary';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('every catalog has exactly the English keys, with the same placeholders', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), language).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(catalog)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
      }
    }
  });

  it('the Chinese catalog is Chinese: every message with words has Han characters', () => {
    for (const [key, text] of Object.entries(catalogs.zh)) {
      // Only names and abbreviations stay Latin (AUROC, MLP GAN, English as the language's own name).
      const prose = /\b[a-z]{3,}\b/.test(text.replace(/\{\w+\}/g, ''));
      if (prose && !/\p{Script=Han}/u.test(text)) expect(['header.switchTo'], key).toContain(key);
    }
  });

  it('has the words of every lesson, help note, glossary term and tour step the UI asks for', () => {
    const keys = new Set(Object.keys(en));
    for (const id of lessonIds)
      for (const part of ['title', 'goal', 'watch', 'question']) expect(keys, id).toContain(`lesson.${id}.${part}`);
    for (const panel of Object.keys(helpPanels))
      for (const part of ['what', 'try']) expect(keys, panel).toContain(`help.${panel}.${part}`);
    for (const term of glossaryTerms)
      for (const part of ['term', 'text']) expect(keys).toContain(`glossary.${term}.${part}`);
  });

  it('every configuration field has its label in Chinese', () => {
    for (const field of configFields) expect(field.zh, field.name).toMatch(/\p{Script=Han}|^[A-Za-z0-9 ]+$/u);
    // A picker's own words for its choices come in Chinese too.
    for (const field of configFields) {
      if (field.kind !== 'enum' || !field.labels || field.name === 'model') continue;
      for (const value of Object.keys(field.labels))
        expect(field.zhLabels?.[value], `${field.name}=${value}`).toBeTruthy();
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('en', 'train.progress.epoch', { done: 3, total: 50 })).toBe('epoch 3/50');
    expect(translate('zh', 'train.progress.epoch', { done: 3, total: 50 })).toBe('第 3/50 轮');
    expect(translate('en', 'lesson.count', { n: 1200, total: 8 })).toBe('Lesson 1,200 of 8');
  });

  it('follows the URL, else the browser', () => {
    expect(resolveLanguage('zh', ['en-US'])).toBe('zh');
    expect(resolveLanguage('auto', ['zh-TW', 'en'])).toBe('zh');
    expect(resolveLanguage('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('en');
  });
});

/** Ids that read like words but are contracts, not text (data-rows="input,noisy input,output,error"). */
const identifiers = new Set(['noisy input']);
const textAttributes = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label']);
const uiRoot = join(import.meta.dirname, '..', 'ui');

function componentFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return componentFiles(path);
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [path] : [];
  });
}

/** Words a person would read, written into the component: JSX text, text attributes, strings shown in JSX. */
function userFacingLiterals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const words = (text: string) => /\p{L}{2,}/u.test(text);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words(node.text)) found.push(node.text.trim());
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = node.getText(source).slice(1, -1);
      const attribute = ts.findAncestor(node, ts.isJsxAttribute);
      let outer: ts.Node = node.parent;
      while (ts.isAsExpression(outer) || ts.isParenthesizedExpression(outer)) outer = outer.parent;
      // A key (t('…')), an index, a value compared against, or an option like position: 'insideBottom'.
      const option =
        attribute !== undefined &&
        ts.isPropertyAssignment(outer) &&
        !['value', 'label', 'name', 'title'].includes(outer.name.getText(source));
      const inCall =
        option ||
        ts.isCallExpression(outer) ||
        ts.isElementAccessExpression(outer) ||
        (ts.isBinaryExpression(outer) &&
          [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
            outer.operatorToken.kind,
          ));
      const attributeName = attribute?.name.getText(source);
      // Outside JSX too: a sentence built in a constant reaches the screen all the same.
      const stripped = text.replace(/\$\{[^}]*\}/g, '');
      const sentence = /\p{L}{2,}\s+\p{L}/u.test(stripped);
      const shown = attribute ? textAttributes.has(attributeName!) : sentence;
      if (!inCall && shown && words(stripped) && !identifiers.has(text)) found.push(text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe('components take their words from the catalogs', () => {
  for (const path of componentFiles(uiRoot)) {
    const name = relative(uiRoot, path);
    it(name, () => {
      expect(userFacingLiterals(path)).toEqual([]);
    });
  }
});
