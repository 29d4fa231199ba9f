/**
 * {@code rebound serve}: a live preview for authors. Builds the site into a folder of its own, serves it on
 * 127.0.0.1 with the JDK's HTTP server, watches {@code content/}, {@code templates/} and {@code data/}, and
 * rebuilds on a change (re-rendering only when the data did not change). HTML responses get, at serve time
 * only, a script that reloads the page on a new build and, after a failed build, an overlay with the
 * problems over the last good page; nothing of this is ever written into a built site.
 */
package org.rebound.serve;
