/**
 * {@code lectern serve}: a preview server for authors. Serves the site folder over HTTP on 127.0.0.1
 * ({@link dev.lectern.serve.DevServer}: a thread and a read timeout per connection, files read only from inside the
 * site and only from a complete one), watches the content and theme folders ({@link dev.lectern.serve.Watcher}: one
 * rebuild per burst, never for the output folder) and rebuilds one build at a time, surviving any failure of one
 * ({@link dev.lectern.serve.Rebuilder}). Open pages reload after a rebuild: the reload script is a file of its own,
 * and its tag is appended to HTML as it is served, never written into the site. May import: build, config, diag.
 */
package dev.lectern.serve;
