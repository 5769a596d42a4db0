package main

import (
	"encoding/json"
	"log"
	"net/http"
)

// User is what the API returns.
type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func (s *Server) handleUser(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	u := User{ID: 42, Name: "Ada"}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(u); err != nil {
		log.Printf("encode: %v\n", err)
	}
}

func main() {
	ch := make(chan int, 3)
	go func() { ch <- len([]rune("héllo")) }()
	log.Fatal(http.ListenAndServe(":8080", nil))
}
