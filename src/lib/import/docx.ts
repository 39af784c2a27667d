export async function docxToText(_b: Uint8Array): Promise<string> { throw new Error("todo"); }
