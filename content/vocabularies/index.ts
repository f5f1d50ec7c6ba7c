export * from "./themes";
export * from "./entry-enums";
export * from "./risk-matrix";
export * from "./fraia";
export * from "./canada-aia";
export * from "./data-categories";
export * from "./life-events";
export * from "./procurement";
