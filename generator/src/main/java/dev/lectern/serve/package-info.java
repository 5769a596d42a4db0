/**
 * {@code lectern serve}: a preview server for authors. Serves the site folder over HTTP on 127.0.0.1
 * ({@link dev.lectern.serve.DevServer}: a thread and a read timeout per connection, files read only from inside the
 * site and only from a complete one), watches the content and theme folders ({@link dev.lectern.serve.Watcher}: the
 * changed paths, once per burst, never for the output folder) and turns each change into new versions of the site
 * ({@link dev.lectern.serve.Rebuilder}): the pages open in browsers first ({@link dev.lectern.build.Preview#show}),
 * then a whole build in the background, one at a time, surviving any failure of one. Open pages wait for a new version
 * on a long poll ({@link dev.lectern.serve.SiteVersion}) and say which page they are ({@link dev.lectern.serve.OpenPages});
 * the reload script is a file of its own, and its tag is appended to HTML as it is served, never written into the
 * site. May import: build, config, diag.
 */
package dev.lectern.serve;
