// @vitest-environment happy-dom
// useOptimistic, the hook behind controls that save on change: a choice shows
// at once and holds until the stored value changes or the save fails. The race
// that once flaked CI: the stored value changes, and before the effects of that
// render have run, the user chooses again; the choice must not be erased.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useOptimistic } from '../../../src/options/use-optimistic.ts';
import { renderRoot } from '../helpers/render-root.ts';

const root = renderRoot();
let api: { shown: string; show: (next: string) => void; forget: () => void };

function Probe({ stored }: { stored: string }) {
  const [shown, show, forget] = useOptimistic(stored);
  api = { shown, show, forget };
  return <output>{shown}</output>;
}

const afterEffects = () => new Promise((done) => setTimeout(done, 30));

describe('useOptimistic', () => {
  it('shows a choice at once and drops it when the stored value follows', async () => {
    act(() => render(<Probe stored="ringebu" />, root()));
    act(() => api.show('utsira'));
    expect(root().textContent).toBe('utsira');
    await afterEffects();
    expect(root().textContent).toBe('utsira');
    act(() => render(<Probe stored="utsira" />, root()));
    expect(root().textContent).toBe('utsira');
    // The local value is gone: a later stored change shows through.
    act(() => render(<Probe stored="norsjo" />, root()));
    expect(root().textContent).toBe('norsjo');
  });

  it('goes back to the stored value when the save fails', () => {
    act(() => render(<Probe stored="ringebu" />, root()));
    act(() => api.show('utsira'));
    act(() => api.forget());
    expect(root().textContent).toBe('ringebu');
  });

  it('lets a newer stored value win over an older choice', () => {
    act(() => render(<Probe stored="ringebu" />, root()));
    act(() => api.show('utsira'));
    // Another tab stored something else meanwhile.
    act(() => render(<Probe stored="romskog" />, root()));
    expect(root().textContent).toBe('romskog');
  });

  it('keeps a choice made right after the stored value changed, before that render settled', async () => {
    // No act() around these renders: effects stay pending, as in a page where
    // settings arrive and the user clicks in the same moment.
    render(<Probe stored="ringebu" />, root());
    render(<Probe stored="romskog" />, root());
    api.show('utsira');
    await afterEffects();
    expect(api.shown).toBe('utsira');
    expect(root().textContent).toBe('utsira');
  });
});
