package org.ameliwalkthrough.franceconnect;

/** The consent page's only answer: the box private services must have ticked (public ones have none). */
record ConsentForm(boolean accept) {}
