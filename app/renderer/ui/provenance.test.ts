import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../chapters/registry.ts';
import { provenanceOf, provenanceText } from './provenance.ts';

const chapters = Object.values(CHAPTERS).filter((c) => c !== undefined);

describe('provenance badge text', () => {
  it('every preset of every chapter says where its numbers come from, in both languages', () => {
    expect(chapters.length).toBe(5);
    for (const chapter of chapters) {
      for (const preset of chapter.presets) {
        const es = provenanceText(chapter.id, preset.id, {}, 'es');
        const en = provenanceText(chapter.id, preset.id, {}, 'en');
        expect(es, `${chapter.id}:${preset.id}`).not.toBe('');
        expect(en, `${chapter.id}:${preset.id}`).not.toBe('');
        expect(['trained', 'scripted', 'random-untrained', 'distill-data']).toContain(provenanceOf(chapter.id, preset.id));
      }
    }
  });
  it('uses the lecture’s words', () => {
    expect(provenanceText('ntm', 'lookup', {}, 'es')).toBe('guionizado a mano');
    expect(provenanceText('ntm', 'copy-trained', {}, 'es')).toMatch(/^entrenado \(/);
    expect(provenanceText('programmer', 'controller', {}, 'es')).toMatch(/^pesos aleatorios, sin entrenar/);
    expect(provenanceText('programmer', 'controller', {}, 'en')).toMatch(/^random weights, untrained/);
    expect(provenanceText('attention', 'translation', {}, 'es')).toBe('datos de Distill (redondeados)');
    expect(provenanceText('act', 'parity-trained', {}, 'en')).toMatch(/^trained \(/);
  });
  it('the trained copy NTM names the training step of the checkpoint shown', () => {
    expect(provenanceText('ntm', 'copy-trained', { training: 5 }, 'es')).toMatch(/ · paso de entrenamiento 2000$/);
    expect(provenanceText('ntm', 'copy-trained', { training: 0 }, 'en')).toMatch(/ · training step 0$/);
    expect(provenanceText('act', 'parity-trained', { training: 0 }, 'es')).toMatch(/^entrenado \(.* · paso de entrenamiento 0$/);
    expect(provenanceText('ntm', 'lookup', { training: 2 }, 'es')).toBe('guionizado a mano');
    expect(provenanceText('attention', 'reorder-trained', { training: 0 }, 'en')).toMatch(/^trained \(.* · training step 0$/);
  });
  it('an unknown preset has no badge', () => {
    expect(provenanceText('ntm', 'nope', {}, 'en')).toBe('');
  });
});
