# Build settings
CC      ?= gcc
CFLAGS  := -Wall -O2
SOURCES := $(wildcard src/*.c)
OBJECTS := $(SOURCES:.c=.o)
PREFIX  ?= /usr/local

.PHONY: all clean install

all: app

app: $(OBJECTS)
	$(CC) $(CFLAGS) -o $@ $^

%.o: %.c include/config.h
	@echo "compiling $<"
	$(CC) $(CFLAGS) -c $< -o $@

install: app
	install -m 755 app $(PREFIX)/bin/app

clean:
	rm -f app $(OBJECTS)

ifeq ($(DEBUG),1)
CFLAGS += -g
endif
