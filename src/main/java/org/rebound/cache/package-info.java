/**
 * Content-addressed caches: what a build made, kept under the SHA-256 of its bytes, so that a build whose inputs are
 * unchanged restores its output instead of computing it again, and writes the same bytes a clean build writes.
 * Nothing here knows the method: a cache only stores and finds bytes by hashes its callers compute.
 */
package org.rebound.cache;
