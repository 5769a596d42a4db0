#include <stdio.h>
#include "config.h"

#define MAX_LEN 256

/* Count the lines of a file. */
static int count_lines(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    int lines = 0, ch;
    while ((ch = fgetc(f)) != EOF) {
        if (ch == '\n') lines++;
    }
    fclose(f);
    return lines;
}

int main(int argc, char **argv) {
    unsigned long size = 0x1FUL;
    double ratio = 1.5e-3;
    printf("%s: %d lines\t(%lu, %f)\n", argv[1], count_lines(argv[1]), size, ratio);
    return 0;
}
