package org.ex;

/** Written by hand, and declared by a spec as well. */
class Hand {}
