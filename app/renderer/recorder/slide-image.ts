/**
 * A text slide's image for a rendered lesson (README "Giving a lecture"): from the lesson's own folder (the
 * command line reads it and passes it as a data URL, keyed by the slide's relative path) or else the app's
 * bundled images (the path relative to the page). A picture that cannot be loaded is refused naming the slide.
 */

/** Images of the lesson's folder by the relative path a slide names, as data URLs. */
export type LessonImages = Readonly<Record<string, string>>;

/** Loads `path` (a slide's `image`) as a decoded picture; throws a one-line error naming `field` when it cannot. */
export async function loadSlideImage(path: string, images: LessonImages, field: string, base: string = document.baseURI): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = Object.hasOwn(images, path) ? images[path]! : new URL(path, base).href;
  try {
    await image.decode();
  } catch {
    throw new Error(`${field}: cannot load ${JSON.stringify(path)}; allowed: a PNG, JPEG, GIF, WebP or SVG file in the lesson's folder or the app's images`);
  }
  return image;
}
