/** English messages of lecture mode: the start screen, the slide counter, the overlays and the key list. */
export const lessonEn = {
  start: {
    heading: 'Atenea',
    lesson: 'Give the lecture',
    resume: 'Continue where I left off',
    resumeAt: 'slide {slide} of {slides}',
    explore: 'Explore a module freely',
  },
  /** The slide counter ("7 / 24"); a button that opens the overview. */
  counter: '{slide} / {slides}',
  counterLabel: 'Slide {slide} of {slides}: open the overview (G)',
  overview: 'All slides',
  jumpTo: 'Go to slide {slide}',
  help: 'Keys',
  panel: 'Side panel (P)',
  kinds: { title: 'Title', agenda: 'Topics', text: 'Text', simulation: 'Simulation' },
  keys: {
    next: '→ · PageDown · click: next frame, then next slide',
    prev: '← · PageUp: back (across slides)',
    space: 'Space: next (while paused)',
    firstLast: 'Home / End: first / last slide',
    jump: 'number then Enter: go to that slide',
    blank: 'B or .: blank screen (any key brings it back)',
    overview: 'G or the slide counter: overview',
    laser: 'L: laser pointer',
    fullscreen: 'F or F5: full screen (Esc leaves)',
    panel: 'P: show or hide the side panel',
    play: 'Space while playing: pause',
    camera: 'R: reset the camera',
    help: '?: this list (Esc closes)',
  },
};
