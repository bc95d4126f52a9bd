package org.vinculo.sales;

/** Whether an opportunity in a stage is still being worked, or closed as won or lost. */
public enum StageKind {
	OPEN, WON, LOST
}
